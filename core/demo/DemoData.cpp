#include "demo/DemoData.h"

#include "cases/Case.h"
#include "domain/Licence.h"
#include "rules/LicencePeriod.h"
#include "storage/CaseRepository.h"
#include "inspections/Inspection.h"
#include "storage/Database.h"
#include "storage/InspectionRepository.h"
#include "storage/LicenceRepository.h"
#include "storage/SanctionRepository.h"
#include "storage/RegisterSettings.h"
#include "storage/FeeRateRepository.h"
#include "storage/FeeRepository.h"
#include "storage/RuleSetRepository.h"
#include "storage/TurnoverRepository.h"
#include "validation/OrgNumber.h"

#include <QHash>
#include <QList>

#include <algorithm>
#include <cmath>
#include <functional>

namespace bevilling::DemoData {

class DemoRegister
{
    Q_DECLARE_TR_FUNCTIONS(DemoRegister)
};

namespace {

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

const QString kTown = QStringLiteral("Fjordvik");

// A valid organisation number starting with 9 for the n-th fictional business (MOD11 check digit
// from OrgNumber::checkDigit; bases whose check digit would be 10 are skipped).
QString orgNumber(int n)
{
    for (int base = (3141592 + n * 2718281) % 10000000;; base = (base + 1) % 10000000) {
        const QString firstEight = QStringLiteral("9%1").arg(base, 7, 10, QLatin1Char('0'));
        const int check = OrgNumber::checkDigit(firstEight);
        if (check >= 0)
            return firstEight + QString::number(check);
    }
}

Licensee business(int n, const char *name, const char *address, const char *postalCode, const char *email)
{
    Licensee l;
    l.name = u(name);
    l.orgNumber = orgNumber(n);
    l.address = u(address) + QStringLiteral(", ") + u(postalCode) + QLatin1Char(' ') + kTown;
    l.email = u(email);
    return l;
}

Premises premises(const char *name, const char *address, const char *postalCode, PremisesType type,
                  std::optional<int> capacity)
{
    Premises p;
    p.name = u(name);
    p.address = u(address);
    p.postalCode = u(postalCode);
    p.postalPlace = kTown;
    p.type = type;
    p.capacity = capacity;
    return p;
}

// A person `age` years and `days` days old on `start`, who passed the knowledge test
// `testDaysBefore` days before it (none recorded when negative).
Person person(const char *name, const QDate &start, int age, int days, int testDaysBefore)
{
    Person p;
    p.name = u(name);
    p.birthDate = start.addYears(-age).addDays(-days);
    if (testDaysBefore >= 0)
        p.knowledgeTestPassed = start.addDays(-testDaysBefore);
    return p;
}

// What happens to the register, in time order: licences are granted, changed and ended.
struct Event
{
    enum class Type { Create, Update, End };
    Type type = Type::Create;
    QDateTime at;
    int order = 0; // keeps the planned order for events at the same instant
    QString key;   // the licence the event is about
    Licence licence;                      // Create
    std::function<void(Licence &)> change; // Update
    QDate endedOn;                        // End
    EndReason reason = EndReason::Other;
    QString note;
};

class Plan
{
public:
    explicit Plan(const Clock &clock)
        : now(clock.now().toUTC()),
          today(clock.today()),
          start(rules::LicencePeriod::periodStart(today)),
          end(rules::LicencePeriod::periodEnd(today)),
          previousStart(rules::LicencePeriod::periodStart(start.addDays(-1))),
          elapsed(static_cast<int>(start.daysTo(today)))
    {
    }

    // A day in the current period, `fraction` of the way from its start to today.
    QDate inPeriod(double fraction) const { return start.addDays(qRound(elapsed * fraction)); }

    // An office-hours moment on `date`, never later than now.
    QDateTime at(const QDate &date, int hour, int minute = 0) const
    {
        const QDateTime moment(date, QTime(hour, minute), Qt::UTC);
        return std::min(moment, now);
    }

    void create(const QString &key, const Licence &licence, const QDateTime &at)
    {
        Event e;
        e.type = Event::Type::Create;
        e.key = key;
        e.licence = licence;
        e.at = at;
        add(e);
    }

    void update(const QString &key, const QDateTime &at, std::function<void(Licence &)> change)
    {
        Event e;
        e.type = Event::Type::Update;
        e.key = key;
        e.at = at;
        e.change = std::move(change);
        add(e);
    }

    void finish(const QString &key, const QDate &on, const QDateTime &at, EndReason reason, const QString &note)
    {
        Event e;
        e.type = Event::Type::End;
        e.key = key;
        e.endedOn = on;
        e.at = at;
        e.reason = reason;
        e.note = note;
        add(e);
    }

    QList<Event> sorted() const
    {
        QList<Event> result = events;
        std::stable_sort(result.begin(), result.end(), [](const Event &a, const Event &b) {
            return a.at != b.at ? a.at < b.at : a.order < b.order;
        });
        return result;
    }

    const QDateTime now;
    const QDate today;
    const QDate start;         // the current licence period: start..end
    const QDate end;
    const QDate previousStart; // the previous period: previousStart..start-1
    const int elapsed;         // days from the start of the period to today

private:
    void add(Event e)
    {
        e.order = static_cast<int>(events.size());
        events.append(std::move(e));
    }

    QList<Event> events;
};

Licence ordinary(LicenceKind kind, const Licensee &licensee, const Premises &place, int groups, const QDate &from,
                 const QDate &to)
{
    Licence l;
    l.kind = kind;
    l.licensee = licensee;
    l.premises = place;
    l.groups = groups;
    l.indoor = true;
    l.validFrom = from;
    l.validTo = to;
    return l;
}

constexpr int kAllGroups = Group1 | Group2 | Group3;
constexpr int kGroups12 = Group1 | Group2;

// Businesses that hold more than one licence: the same details each time.
Licensee havgapetRestaurant()
{
    return business(7, "Havgapet Restaurant AS", "Strandgata 7", "4871", "bord@havgapet.example");
}

Licensee hotelOperator()
{
    return business(9, "Fjordvik Hotelldrift AS", "Kongens gate 1", "4870", "resepsjon@fjordvikhotell.example");
}

Licensee smakCatering()
{
    return business(18, "Smak Catering AS", "Industriveien 14", "4876", "selskap@smak.example");
}

// Sales licences: grocery shops, group 1.
void planSales(Plan &p)
{
    const QDate renewed = p.start.addDays(-14); // decided before the period began

    Licence l = ordinary(LicenceKind::Sale,
                         business(1, "Fjordvik Handelslag SA", "Storgata 14", "4870", "post@handelslaget.example"),
                         premises("Handelslaget Sentrum", "Storgata 14", "4870", PremisesType::Shop, {}), Group1,
                         p.start, p.end);
    l.indoorDescription = u("Butikklokale, 1. etasje");
    l.manager = person("Ingrid Solberg", l.validFrom, 47, 112, 400);
    l.deputies = {person("Lars Haugen", l.validFrom, 35, 41, 380)};
    p.create(QStringLiteral("handelslaget"), l, p.at(renewed, 8, 5));

    l = ordinary(LicenceKind::Sale, business(2, "Brygga Matmarked AS", "Havnegata 3", "4871", "butikk@bryggamat.example"),
                 premises("Brygga Matmarked", "Havnegata 3", "4871", PremisesType::Shop, {}), Group1, p.start, p.end);
    l.manager = person("Kristoffer Aune", l.validFrom, 39, 200, 365);
    l.deputies = {person("Amina Yusuf", l.validFrom, 28, 17, 300)};
    l.conditions = u("Alkoholholdig drikk skal stå samlet i en tydelig avgrenset del av butikken.");
    p.create(QStringLiteral("brygga-matmarked"), l, p.at(renewed, 8, 20));
    const QDate deputyAdded = p.inPeriod(0.45);
    p.update(QStringLiteral("brygga-matmarked"), p.at(deputyAdded, 12, 10), [deputyAdded](Licence &x) {
        Person deputy = person("Jon Are Strøm", x.validFrom, 24, 90, -1);
        deputy.knowledgeTestPassed = deputyAdded.addDays(-10);
        x.deputies.append(deputy);
    });

    const QDate nearFrom = p.inPeriod(0.3);
    l = ordinary(LicenceKind::Sale, business(3, "Øvre Byen Nærbutikk AS", "Bakkeveien 22", "4872", ""),
                 premises("Nærbutikken Øvre Byen", "Bakkeveien 22", "4872", PremisesType::Shop, {}), Group1, nearFrom,
                 rules::LicencePeriod::latestEnd(nearFrom));
    l.manager = person("Mehmet Yilmaz", l.validFrom, 44, 63, 45);
    l.deputies = {person("Elif Yilmaz", l.validFrom, 41, 150, 45)};
    l.notes = u("Ny nærbutikk i tidligere bankbygg.");
    p.create(QStringLiteral("ovre-byen"), l, p.at(nearFrom.addDays(-21), 9, 40));

    l = ordinary(LicenceKind::Sale,
                 business(4, "Storsenteret Dagligvare AS", "Industriveien 8", "4876", "post@storsenteret.example"),
                 premises("Dagligvarehallen Storsenteret", "Industriveien 8", "4876", PremisesType::Shop, {}), Group1,
                 p.start, p.end);
    l.manager = person("Camilla Holm", l.validFrom, 52, 19, 700);
    l.deputies = {person("Petter Sand", l.validFrom, 31, 233, 500), person("Thi Lan Nguyen", l.validFrom, 26, 77, 210)};
    l.conditions = u("Salg av alkoholholdig drikk kun fra betjente kasser; selvbetjente kasser skal sperre varer "
                     "med alkohol.");
    p.create(QStringLiteral("storsenteret"), l, p.at(renewed, 8, 45));

    // A shop that changed hands: the old licence lapsed at the transfer, the new owner got its own.
    l = ordinary(LicenceKind::Sale, business(5, "Solbakken Landhandel AS", "Solbakkveien 2", "4873", ""),
                 premises("Solbakken Landhandel", "Solbakkveien 2", "4873", PremisesType::Shop, {}), Group1, p.start,
                 p.end);
    l.manager = person("Arne Solbakken", l.validFrom, 63, 300, 1500);
    l.deputies = {person("Gunn Solbakken", l.validFrom, 61, 12, 1500)};
    p.create(QStringLiteral("solbakken-old"), l, p.at(renewed, 9, 5));
    const QDate transferred = p.inPeriod(0.5);
    p.finish(QStringLiteral("solbakken-old"), transferred, p.at(transferred, 10, 0), EndReason::Transferred,
             u("Virksomheten er overdratt til Solbakken Handel AS; bevillingen falt bort ved overdragelsen."));

    const QDate newFrom = std::min(transferred.addDays(14), p.today);
    l = ordinary(LicenceKind::Sale, business(6, "Solbakken Handel AS", "Solbakkveien 2", "4873", "post@solbakken.example"),
                 premises("Solbakken Landhandel", "Solbakkveien 2", "4873", PremisesType::Shop, {}), Group1, newFrom,
                 rules::LicencePeriod::latestEnd(newFrom));
    l.manager = person("Sigrid Bakken", l.validFrom, 36, 88, 20);
    l.deputies = {person("Jonas Berg", l.validFrom, 24, 5, 20)};
    l.notes = u("Ny eier etter overdragelse; salget fortsatte etter alkoholloven § 1-10 til ny bevilling forelå.");
    p.create(QStringLiteral("solbakken-new"), l, p.at(transferred, 13, 30));
}

// Serving licences: restaurants, pubs, hotels, a nightclub, a café and a closed-party caterer.
void planServing(Plan &p)
{
    const QDate renewed = p.start.addDays(-14);
    const Licensee hotel = hotelOperator();
    const Licensee havgapet = havgapetRestaurant();
    const Licensee smak = smakCatering();

    Licence l = ordinary(LicenceKind::Serving, havgapet,
                         premises("Restaurant Havgapet", "Strandgata 7", "4871", PremisesType::Restaurant, 120),
                         kAllGroups, p.start, p.end);
    l.indoorDescription = u("Restaurantsal og bar, 1. etasje");
    l.outdoor = true;
    l.outdoorDescription = u("Terrasse mot sjøen, 40 plasser");
    l.conditions = u("Uteserveringen skal være avsluttet kl. 23.00.");
    l.manager = person("Marte Johansen", l.validFrom, 42, 55, 420);
    l.deputies = {person("Erik Lunde", l.validFrom, 33, 140, 410)};
    p.create(QStringLiteral("havgapet"), l, p.at(renewed, 9, 30));
    p.update(QStringLiteral("havgapet"), p.at(p.inPeriod(0.6), 11, 15), [](Licence &x) {
        x.manager = person("Silje Dahl", x.validFrom, 38, 201, 150);
        x.notes = u("Ny styrer godkjent etter at Marte Johansen sluttet.");
    });

    l = ordinary(LicenceKind::Serving, business(8, "Brygga Bistro AS", "Havnegata 5", "4871", "hei@bryggabistro.example"),
                 premises("Brygga Bistro", "Havnegata 5", "4871", PremisesType::Restaurant, 70), kAllGroups, p.start,
                 p.end);
    l.outdoor = true;
    l.outdoorDescription = u("Flytebrygge, 30 plasser");
    l.manager = person("Thomas Bakke", l.validFrom, 45, 9, 390);
    l.deputies = {person("Nina Strand", l.validFrom, 29, 260, 380)};
    p.create(QStringLiteral("brygga-bistro"), l, p.at(renewed, 9, 45));

    l = ordinary(LicenceKind::Serving, hotel,
                 premises("Fjordvik Hotell", "Kongens gate 1", "4870", PremisesType::Hotel, 250), kAllGroups, p.start,
                 p.end);
    l.indoorDescription = u("Restaurant, bar og selskapslokaler i 1. etasje; minibar på rommene");
    l.manager = person("Håkon Moe", l.validFrom, 55, 30, 800);
    l.deputies = {person("Kristin Aas", l.validFrom, 40, 160, 600), person("Anders Vik", l.validFrom, 34, 3, 450)};
    p.create(QStringLiteral("hotell"), l, p.at(renewed, 10, 0));
    p.update(QStringLiteral("hotell"), p.at(p.inPeriod(0.35), 14, 5), [](Licence &x) {
        x.deputies.append(person("Ida Eriksen", x.validFrom, 27, 120, 30));
    });

    const QDate roofFrom = p.inPeriod(0.2);
    l = ordinary(LicenceKind::Serving, hotel,
                 premises("Takterrassen", "Kongens gate 1", "4870", PremisesType::Bar, 90), kAllGroups, roofFrom,
                 rules::LicencePeriod::latestEnd(roofFrom));
    l.indoor = false;
    l.outdoor = true;
    l.outdoorDescription = u("Takterrasse i 8. etasje med glassvegg");
    l.conditions = u("Skjenking ute avsluttes kl. 24.00. Ikke forsterket musikk etter kl. 22.00.");
    l.manager = person("Kristin Aas", l.validFrom, 40, 160, 600);
    l.deputies = {person("Anders Vik", l.validFrom, 34, 3, 450)};
    p.create(QStringLiteral("takterrassen"), l, p.at(roofFrom.addDays(-21), 10, 20));

    l = ordinary(LicenceKind::Serving, business(11, "Kaia Pub AS", "Sjøgata 11", "4871", ""),
                 premises("Kaia Pub", "Sjøgata 11", "4871", PremisesType::Bar, 110), kAllGroups, p.start, p.end);
    l.outdoor = true;
    l.outdoorDescription = u("Uteservering på kaia, 24 plasser");
    l.manager = person("Ole Kristiansen", l.validFrom, 49, 77, 900);
    l.deputies = {person("Tone Myhre", l.validFrom, 37, 14, 700)};
    p.create(QStringLiteral("kaia"), l, p.at(renewed, 10, 30));
    p.update(QStringLiteral("kaia"), p.at(p.inPeriod(0.7), 13, 0), [](Licence &x) {
        x.conditions = u("Etter klage fra naboer: uteserveringen stenger kl. 22.00 søndag til torsdag.");
    });

    l = ordinary(LicenceKind::Serving, business(12, "Nordlys Underholdning AS", "Torget 3", "4870", "booking@nordlys.example"),
                 premises("Club Nordlys", "Torget 3", "4870", PremisesType::Nightclub, 400), kAllGroups, p.start, p.end);
    l.indoorDescription = u("Dansegulv, to barer og VIP-rom i 2. etasje");
    l.conditions = u("Minst fire godkjente ordensvakter fra kl. 22.00 fredag og lørdag. ID-kontroll av alle som ser ut "
                     "til å være under 25 år.");
    l.manager = person("Eirik Fossum", l.validFrom, 34, 66, 500);
    l.deputies = {person("Linn Brekke", l.validFrom, 29, 180, 480), person("Sindre Hauge", l.validFrom, 31, 44, 470)};
    p.create(QStringLiteral("nordlys"), l, p.at(renewed, 11, 0));
    p.update(QStringLiteral("nordlys"), p.at(p.inPeriod(0.5), 9, 50), [](Licence &x) {
        x.premises.capacity = 450;
        x.notes = u("Kapasiteten økt etter ny branntekniske vurdering.");
    });

    l = ordinary(LicenceKind::Serving, business(13, "Kafé Måken AS", "Torget 8", "4870", ""),
                 premises("Kafé Måken", "Torget 8", "4870", PremisesType::Cafe, 40), Group1, p.start, p.end);
    l.outdoor = true;
    l.outdoorDescription = u("Fortausservering, 12 plasser");
    l.manager = person("Hanne Lie", l.validFrom, 61, 250, 1000);
    l.deputies = {person("Mona Halvorsen", l.validFrom, 45, 100, 950)};
    p.create(QStringLiteral("maken"), l, p.at(renewed, 11, 20));

    const QDate bellaFrom = p.inPeriod(0.4);
    l = ordinary(LicenceKind::Serving, business(14, "Bella Fjord AS", "Storgata 21", "4870", "ciao@bellafjord.example"),
                 premises("Pizzeria Bella Fjord", "Storgata 21", "4870", PremisesType::Restaurant, 60), kGroups12,
                 bellaFrom, rules::LicencePeriod::latestEnd(bellaFrom));
    l.manager = person("Marco Rossi", l.validFrom, 46, 38, 60);
    l.deputies = {person("Giulia Rossi", l.validFrom, 44, 71, 60)};
    p.create(QStringLiteral("bella"), l, p.at(bellaFrom.addDays(-21), 12, 40));

    l = ordinary(LicenceKind::Serving, business(15, "Baan Thai Fjordvik AS", "Kirkegata 4", "4870", ""),
                 premises("Baan Thai", "Kirkegata 4", "4870", PremisesType::Restaurant, 45), kGroups12, p.start, p.end);
    l.manager = person("Somchai Larsen", l.validFrom, 50, 130, 420);
    l.deputies = {person("Malee Larsen", l.validFrom, 47, 22, 420)};
    p.create(QStringLiteral("baan-thai"), l, p.at(renewed, 12, 50));

    l = ordinary(LicenceKind::Serving, business(16, "Gamle Bryggeriet AS", "Bryggerigata 2", "4871", "pub@gamlebryggeriet.example"),
                 premises("Gamle Bryggeriet", "Bryggerigata 2", "4871", PremisesType::Bar, 150), kAllGroups, p.start,
                 p.end);
    l.indoorDescription = u("Bryggeripub med eget bryggeri");
    l.outdoor = true;
    l.outdoorDescription = u("Bakgård, 50 plasser");
    l.conditions = u("Bakgården skal være tømt for gjester kl. 23.30.");
    l.manager = person("Jørgen Pedersen", l.validFrom, 38, 199, 610);
    l.deputies = {person("Sofie Larsen", l.validFrom, 30, 61, 600)};
    p.create(QStringLiteral("bryggeriet"), l, p.at(renewed, 13, 10));

    l = ordinary(LicenceKind::Serving, business(17, "Fjordvik Kulturhus KF", "Torget 1", "4870", "billett@kulturhuset.example"),
                 premises("Kulturhuset Fjordvik", "Torget 1", "4870", PremisesType::EventVenue, 500), kGroups12, p.start,
                 p.end);
    l.indoorDescription = u("Foajé og kafé");
    l.conditions = u("Skjenking kun i forbindelse med arrangementer i huset; skjenkeområdet i foajeen skal være "
                     "tydelig avgrenset.");
    l.manager = person("Kari Nordby", l.validFrom, 48, 90, 300);
    l.deputies = {person("Ahmed Hussain", l.validFrom, 36, 45, 290)};
    p.create(QStringLiteral("kulturhuset"), l, p.at(renewed, 13, 30));

    l = ordinary(LicenceKind::Serving, smak,
                 premises("Selskapslokalet Smak", "Industriveien 14", "4876", PremisesType::EventVenue, 180), kAllGroups,
                 p.start, p.end);
    l.closedParty = true;
    l.indoorDescription = u("Selskapslokale med kjøkken, 2. etasje");
    l.conditions = u("Bevillingen gjelder kun sluttede selskaper. Gjestelister skal kunne vises fram ved kontroll.");
    l.manager = person("Ewa Kowalska", l.validFrom, 43, 123, 700);
    l.deputies = {person("Tomasz Kowalski", l.validFrom, 45, 7, 690)};
    p.create(QStringLiteral("smak"), l, p.at(renewed, 14, 0));

    const QDate wineFrom = p.inPeriod(0.65);
    l = ordinary(LicenceKind::Serving, business(19, "Vinbaren Druen AS", "Kirkegata 9", "4870", ""),
                 premises("Vinbaren Druen", "Kirkegata 9", "4870", PremisesType::Bar, 35), kAllGroups, wineFrom,
                 rules::LicencePeriod::latestEnd(wineFrom));
    l.manager = person("Ragnhild Sæther", l.validFrom, 57, 310, 90);
    l.deputies = {person("Vegard Sæther", l.validFrom, 29, 40, 85)};
    p.create(QStringLiteral("druen"), l, p.at(wineFrom.addDays(-21), 14, 20));

    // Granted, opens in three weeks: not yet valid.
    const QDate openingDay = p.today.addDays(20);
    l = ordinary(LicenceKind::Serving, business(20, "Fjordstua AS", "Strandgata 15", "4871", "post@fjordstua.example"),
                 premises("Fjordstua", "Strandgata 15", "4871", PremisesType::Restaurant, 85), kAllGroups, openingDay,
                 rules::LicencePeriod::latestEnd(openingDay));
    l.outdoor = true;
    l.outdoorDescription = u("Hage, 20 plasser");
    l.notes = u("Ny restaurant; åpner om tre uker.");
    l.manager = person("Martin Kvam", l.validFrom, 33, 81, 40);
    l.deputies = {person("Julie Kvam", l.validFrom, 31, 150, 40)};
    p.create(QStringLiteral("fjordstua"), l, p.at(p.today.addDays(-8), 10, 10));

    // Not renewed for this period: expired.
    l = ordinary(LicenceKind::Serving, business(21, "Restaurant Gamle Fjordvik AS", "Kirkegata 2", "4870", ""),
                 premises("Gamle Fjordvik", "Kirkegata 2", "4870", PremisesType::Restaurant, 65), kAllGroups,
                 p.previousStart, p.start.addDays(-1));
    l.manager = person("Bjørn Hagen", l.validFrom, 60, 14, 2000);
    l.deputies = {person("Else Hagen", l.validFrom, 58, 290, 2000)};
    l.notes = u("Søkte ikke om ny bevilling; restauranten er nedlagt.");
    p.create(QStringLiteral("gamle-fjordvik"), l, p.at(p.previousStart.addDays(-14), 9, 15));

    // Surrendered by the licensee during the period.
    l = ordinary(LicenceKind::Serving, business(22, "Kaffebrenneriet Strandgata AS", "Strandgata 3", "4871", ""),
                 premises("Kaffebrenneriet", "Strandgata 3", "4871", PremisesType::Cafe, 50), kGroups12, p.start, p.end);
    l.manager = person("Lise Fjeld", l.validFrom, 39, 60, 330);
    l.deputies = {person("Henrik Fjeld", l.validFrom, 41, 180, 330)};
    p.create(QStringLiteral("kaffebrenneriet"), l, p.at(renewed, 14, 40));
    const QDate surrendered = p.inPeriod(0.75);
    p.finish(QStringLiteral("kaffebrenneriet"), surrendered, p.at(surrendered, 9, 30), EndReason::Surrendered,
             u("Bevillingshaver meldte at kafeen slutter med skjenking."));
}

Licence occasion(LicenceKind kind, const Licensee &licensee, const char *eventName, int groups, const QDate &from,
                 const QDate &to)
{
    Licence l;
    l.kind = kind;
    l.licensee = licensee;
    l.eventName = u(eventName);
    l.groups = groups;
    l.indoor = true;
    l.validFrom = from;
    l.validTo = to;
    return l;
}

// Single-occasion licences: a festival, a concert, a boat trip and more, some in the coming month.
void planSingleOccasions(Plan &p)
{
    const QDate festival = p.today.addDays(-130);
    Licence l = occasion(LicenceKind::SingleOccasion,
                         business(23, "Fjordvikfestivalen AS", "Strandparken 1", "4871", "post@fjordvikfestivalen.example"),
                         "Fjordvikfestivalen", kGroups12, festival, festival.addDays(2));
    l.premises = premises("Festivalplassen Strandparken", "Strandparken 1", "4871", PremisesType::EventVenue, 3000);
    l.indoor = false;
    l.outdoor = true;
    l.outdoorDescription = u("Inngjerdet festivalområde med to skjenkeområder");
    l.conditions = u("Skjenkeområdene skal være inngjerdet. Minst ti godkjente ordensvakter.");
    l.manager = person("Stian Røed", l.validFrom, 35, 200, 500);
    p.create(QStringLiteral("festival"), l, p.at(festival.addDays(-40), 10, 0));

    const QDate concert = p.today.addDays(9);
    l = occasion(LicenceKind::SingleOccasion, business(24, "Fjordvik Storband", "Postboks 12", "4870", ""),
                 "Jubileumskonsert med Fjordvik Storband", kGroups12, concert, concert);
    l.premises = premises("Kulturhuset Fjordvik, storsalen", "Torget 1", "4870", PremisesType::EventVenue, 400);
    l.indoorDescription = u("Storsalen og foajeen");
    p.create(QStringLiteral("konsert"), l, p.at(p.today.addDays(-21), 11, 0));

    const QDate boatTrip = p.today.addDays(23);
    l = occasion(LicenceKind::SingleOccasion, business(25, "Fjordbåtene AS", "Nordre Havn 2", "4871", "ombord@fjordbatene.example"),
                 "Båttur: sommeravslutning for Fjordvik Rotary", kAllGroups, boatTrip, boatTrip);
    l.premises = premises("M/S Fjordprinsen", "Nordre Havn 2", "4871", PremisesType::Boat, 120);
    l.indoorDescription = u("Salongen");
    l.outdoor = true;
    l.outdoorDescription = u("Soldekket");
    l.conditions = u("Skjenking kun mens båten går i rute innenfor kommunens sjøområde (retningslinjene punkt 7.3 om "
                     "båtturer).");
    l.manager = person("Geir Olsen", l.validFrom, 52, 33, 600);
    p.create(QStringLiteral("baattur"), l, p.at(p.today.addDays(-12), 12, 0));

    const QDate beerFestival = p.today.addDays(52);
    l = occasion(LicenceKind::SingleOccasion, business(26, "Foreningen Fjordvik Ølfestival", "Bryggerigata 2", "4871", ""),
                 "Fjordvik Ølfestival", kGroups12, beerFestival, beerFestival.addDays(1));
    l.premises = premises("Gamle Bryggeriet, bakgården", "Bryggerigata 2", "4871", PremisesType::EventVenue, 600);
    l.indoor = false;
    l.outdoor = true;
    l.outdoorDescription = u("Bakgården, inngjerdet");
    l.conditions = u("Smaksprøver på høyst 1 dl. Alkoholfrie alternativer skal tilbys på alle stands.");
    p.create(QStringLiteral("olfestival"), l, p.at(p.today.addDays(-5), 9, 0));

    const QDate summerParty = p.today.addDays(-75);
    l = occasion(LicenceKind::SingleOccasion, business(27, "Fjordvik Båtforening", "Nordre Havn 6", "4871", ""),
                 "Sommerfest i båtforeningen", kGroups12, summerParty, summerParty);
    l.premises = premises("Båtforeningens klubbhus", "Nordre Havn 6", "4871", PremisesType::Other, 80);
    l.outdoor = true;
    l.outdoorDescription = u("Plattingen foran klubbhuset");
    p.create(QStringLiteral("sommerfest"), l, p.at(summerParty.addDays(-35), 13, 0));
}

// Travelling (ambulerende) licences for closed parties: no premises of their own.
void planTravelling(Plan &p)
{
    const Licensee smak = smakCatering();
    const Licensee havgapet = havgapetRestaurant();
    const Licensee hotel = hotelOperator();

    const QDate wedding = p.today.addDays(16);
    Licence l = occasion(LicenceKind::Travelling, smak, "Bryllup Berg/Hansen, sluttet selskap i Fjordvik grendehus",
                         kAllGroups, wedding, wedding);
    l.closedParty = true;
    l.conditions = u("Gjelder sluttet selskap med om lag 90 gjester. Skjenking ved personell fra Smak Catering.");
    l.manager = person("Ewa Kowalska", l.validFrom, 43, 123, 700);
    p.create(QStringLiteral("bryllup"), l, p.at(p.today.addDays(-30), 10, 45));

    const QDate birthday = p.today.addDays(-40);
    l = occasion(LicenceKind::Travelling, havgapet, "50-årsdag for Ola Vik, sluttet selskap i Vik-låven", kGroups12,
                 birthday, birthday);
    l.closedParty = true;
    p.create(QStringLiteral("femti"), l, p.at(birthday.addDays(-28), 11, 30));

    const QDate jubilee = p.today.addDays(37);
    l = occasion(LicenceKind::Travelling, hotel, "Firmajubileum: Fjordvik Mek. Verksted 100 år, sluttet selskap",
                 kAllGroups, jubilee, jubilee);
    l.closedParty = true;
    l.indoorDescription = u("Verkstedhallen, ryddet og pyntet");
    p.create(QStringLiteral("jubileum"), l, p.at(p.today.addDays(-3), 14, 15));
}

// A few cases in various statuses, with statements (one overdue), attachments and a refusal, so
// that the officer's home, the case list and the statements matrix show something. Stamped
// with moments in the story, never later than `now`. No case grants a licence here.
class CaseStory
{
public:
    CaseStory(const Database &db, const QDateTime &now, const QDate &today, const QHash<QString, qint64> &licenceIds)
        : m_db(db), m_now(now), m_today(today), m_licenceIds(licenceIds), m_clock(now), m_cases(db, m_clock)
    {
    }

    Status tell()
    {
        newServingLicence();
        singleOccasion();
        changeOfManager();
        refusedYouthCafe();
        transfer();
        extension();
        return m_status;
    }

private:
    // `daysAgo` days before today at `hour` UTC (never after now).
    void at(int daysAgo, int hour)
    {
        m_clock.setNow(std::min(QDateTime(m_today.addDays(-daysAgo), QTime(hour, 0), Qt::UTC), m_now));
    }

    template<typename T>
    bool check(const Result<T> &result, const char *what)
    {
        if (m_status && !result) {
            Error error = result.error();
            error.detail = QStringLiteral("demo case \"%1\": %2 %3").arg(QString::fromLatin1(what), error.field, error.detail);
            m_status = error;
        }
        return m_status.ok();
    }

    Licence licence(const char *key) const
    {
        const qint64 id = m_licenceIds.value(QString::fromLatin1(key));
        const Result<Licence> found = LicenceRepository::load(m_db.connection(), id);
        return found ? found.value() : Licence();
    }

    CaseStatement statement(StatementParty party, int requestedDaysAgo, int deadlineDaysAgo) const
    {
        CaseStatement s;
        s.party = party;
        s.requested = m_today.addDays(-requestedDaysAgo);
        s.deadline = m_today.addDays(-deadlineDaysAgo);
        return s;
    }

    void newServingLicence()
    {
        if (!m_status)
            return;
        Case c;
        c.type = CaseType::NewLicence;
        c.receivedOn = m_today.addDays(-40);
        c.assignedTo = u("Anne Aas");
        Licence &a = c.application;
        a.kind = LicenceKind::Serving;
        a.licensee = business(61, "Brygga Tapas AS", "Havnegata 9", "4871", "post@bryggatapas.example");
        a.premises = premises("Brygga Tapas", "Havnegata 9", "4871", PremisesType::Restaurant, 60);
        a.groups = Group1 | Group2 | Group3;
        a.indoorDescription = u("Restaurant i 1. etasje");
        a.manager = person("Lise Nilsen", c.receivedOn, 36, 40, 60);
        a.deputies = {person("Jonas Berg", c.receivedOn, 28, 100, 45)};
        c.missingAttachments = {u("Skatteattest")};
        at(40, 9);
        Result<Case> r = m_cases.create(c);
        if (!check(r, "new"))
            return;
        const qint64 id = r->id;
        at(40, 10);
        if (!check(m_cases.addAttachment(id, QStringLiteral("soknad.txt"), QStringLiteral("text/plain"),
                                         u("Søknad om skjenkebevilling for Brygga Tapas AS (fiktiv demo).\n").toUtf8(),
                                         QStringLiteral("other")),
                   "new"))
            return;
        at(39, 11);
        if (!check(m_cases.setStatus(id, CaseStatus::Incomplete, u("Skatteattest mangler")), "new"))
            return;
        at(35, 9);
        c = *m_cases.find(id);
        c.missingAttachments.clear();
        if (!check(m_cases.update(c), "new"))
            return;
        if (!check(m_cases.addAttachment(id, QStringLiteral("skatteattest.txt"), QStringLiteral("text/plain"),
                                         u("Skatteattest: ingen restanser (fiktiv demo).\n").toUtf8(),
                                         QStringLiteral("tax_certificate")),
                   "new"))
            return;
        if (!check(m_cases.setStatus(id, CaseStatus::Complete), "new"))
            return;
        at(34, 10);
        // The police reply is overdue; the tax authority and the tax collector have answered.
        const CaseStatement police = statement(StatementParty::Police, 34, 13);
        CaseStatement tax = statement(StatementParty::TaxAuthority, 34, 13);
        CaseStatement collector = statement(StatementParty::TaxCollector, 34, 13);
        for (const CaseStatement &s : {police, tax, collector}) {
            if (!check(m_cases.saveStatement(id, s), "new"))
                return;
        }
        if (!check(m_cases.setStatus(id, CaseStatus::OutForStatements), "new"))
            return;
        at(20, 13);
        tax = m_cases.find(id)->statements.at(1);
        tax.replied = m_today.addDays(-20);
        tax.reply = StatementReply::NoRemarks;
        if (!check(m_cases.saveStatement(id, tax), "new"))
            return;
        at(18, 14);
        collector = m_cases.find(id)->statements.at(2);
        collector.replied = m_today.addDays(-18);
        collector.reply = StatementReply::Remarks;
        collector.replyText = u("Restanse på merverdiavgift er ordnet med betalingsavtale.");
        check(m_cases.saveStatement(id, collector), "new");
    }

    void singleOccasion()
    {
        if (!m_status)
            return;
        Case c;
        c.type = CaseType::SingleOccasion;
        c.receivedOn = m_today.addDays(-12);
        c.assignedTo = u("Bjørn Berg");
        c.publicPlace = true;
        c.attendance = 300;
        c.eventType = QStringLiteral("cultural");
        Licence &a = c.application;
        a.kind = LicenceKind::SingleOccasion;
        a.licensee = business(62, "Fjordvik Jazzklubb", "Torget 2", "4870", "styret@fjordvikjazz.example");
        a.eventName = u("Jazz på brygga");
        a.groups = Group1 | Group2;
        a.validFrom = m_today.addDays(20);
        a.validTo = m_today.addDays(20);
        a.manager = person("Per Olsen", c.receivedOn, 51, 3, 400);
        at(12, 10);
        Result<Case> r = m_cases.create(c);
        if (!check(r, "single occasion"))
            return;
        at(10, 9);
        if (!check(m_cases.setStatus(r->id, CaseStatus::Complete), "single occasion"))
            return;
        check(m_cases.saveStatement(r->id, statement(StatementParty::Police, 10, -4)), "single occasion");
    }

    void changeOfManager()
    {
        if (!m_status)
            return;
        const Licence current = licence("kaia");
        Case c;
        c.type = CaseType::ChangeOfManager;
        c.receivedOn = m_today.addDays(-6);
        c.assignedTo = u("Anne Aas");
        if (current.id != 0)
            c.licenceId = current.id;
        c.application = current;
        c.application.manager = person("Geir Solberg", c.receivedOn, 44, 12, -1);
        c.missingAttachments = {u("Kunnskapsprøve for ny styrer")};
        at(6, 11);
        Result<Case> r = m_cases.create(c);
        if (!check(r, "change of manager"))
            return;
        at(5, 9);
        check(m_cases.setStatus(r->id, CaseStatus::Incomplete, u("Ny styrer har ikke bestått kunnskapsprøven ennå")),
              "change of manager");
    }

    void refusedYouthCafe()
    {
        if (!m_status)
            return;
        Case c;
        c.type = CaseType::NewLicence;
        c.receivedOn = m_today.addDays(-70);
        c.assignedTo = u("Anne Aas");
        c.aimedAtChildrenAndYouth = true;
        Licence &a = c.application;
        a.kind = LicenceKind::Serving;
        a.licensee = business(63, "Ungdomskafeen Fjordvik AS", "Skolegata 4", "4870", "");
        a.premises = premises("Ungdomskafeen", "Skolegata 4", "4870", PremisesType::Cafe, 40);
        a.groups = Group1;
        a.manager = person("Hanne Lie", c.receivedOn, 31, 20, 30);
        a.deputies = {person("Kari Dahl", c.receivedOn, 26, 80, 25)};
        at(70, 9);
        Result<Case> r = m_cases.create(c);
        if (!check(r, "refused"))
            return;
        const qint64 id = r->id;
        at(65, 10);
        if (!check(m_cases.setStatus(id, CaseStatus::Complete), "refused"))
            return;
        at(30, 14);
        CaseDecision d;
        d.outcome = DecisionOutcome::Refused;
        d.body = DecisionBody::Delegated;
        d.decidedBy = u("Anne Aas");
        d.decidedOn = m_today.addDays(-30);
        d.reference = QStringLiteral("%1/%2-3").arg(d.decidedOn.year()).arg(417);
        d.reason = u("Stedet er rettet mot barn og unge; kommunen gir ikke fast skjenkebevilling til slike steder "
                     "(lokale retningslinjer, Bærum 2.4).");
        if (!check(m_cases.decide(id, d), "refused"))
            return;
        at(29, 9);
        if (!check(m_cases.markNotified(id, m_today.addDays(-29)), "refused"))
            return;
        at(5, 9);
        check(m_cases.setStatus(id, CaseStatus::Closed, u("Klagefristen gikk ut uten klage"), CloseReason::Completed),
              "refused");
    }

    void transfer()
    {
        if (!m_status)
            return;
        const Licence current = licence("brygga-bistro");
        Case c;
        c.type = CaseType::Transfer;
        c.receivedOn = m_today.addDays(-15);
        c.assignedTo = u("Bjørn Berg");
        if (current.id != 0)
            c.licenceId = current.id;
        c.application = current;
        c.application.licensee = business(64, "Bistro Brygga Drift AS", "Havnegata 5", "4871", "drift@bryggabistro.example");
        c.transferDate = m_today.addDays(-10);
        c.transferAgreement = true;
        at(15, 10);
        Result<Case> r = m_cases.create(c);
        if (!check(r, "transfer"))
            return;
        at(14, 9);
        if (!check(m_cases.addAttachment(r->id, QStringLiteral("overdragelsesavtale.txt"), QStringLiteral("text/plain"),
                                         u("Avtale om overdragelse av driften (fiktiv demo).\n").toUtf8(),
                                         QStringLiteral("transfer_agreement")),
                   "transfer"))
            return;
        if (!check(m_cases.setStatus(r->id, CaseStatus::Complete), "transfer"))
            return;
        check(m_cases.saveStatement(r->id, statement(StatementParty::Police, 14, -7)), "transfer");
    }

    void extension()
    {
        if (!m_status)
            return;
        const Licence current = licence("takterrassen");
        Case c;
        c.type = CaseType::Extension;
        c.receivedOn = m_today.addDays(-2);
        if (current.id != 0)
            c.licenceId = current.id;
        c.application = current;
        c.requestedHours = u("Skjenking ute til kl. 01.00 fredag og lørdag");
        at(2, 13);
        check(m_cases.create(c), "extension");
    }

    const Database &m_db;
    const QDateTime m_now;
    const QDate m_today;
    const QHash<QString, qint64> &m_licenceIds;
    FixedClock m_clock;
    CaseRepository m_cases;
    Status m_status;
};

// Inspectors, inspections over this year and last year, a decided prikk case from an intoxication
// finding and a police report under advance notice, all made through the repositories as a user
// would, each stamped with its moment in the story (never later than `now`).
class InspectionStory
{
public:
    InspectionStory(const Database &db, const QDateTime &now, const QDate &today, const QHash<QString, qint64> &licenceIds)
        : m_now(now), m_today(today), m_licenceIds(licenceIds), m_clock(now), m_inspectors(db, m_clock),
          m_inspections(db, m_clock), m_sanctions(db, m_clock)
    {
    }

    Status tell()
    {
        addInspectors();
        addInspections();
        policeReport();
        return m_status;
    }

private:
    struct Planned
    {
        Inspection inspection;
        int reportAfter = -1;   // days after the inspection the report was sent; -1: not sent
        int commentsAfter = -1; // days after the report the licensee's comments came
        QString comments;
        bool sanction = false;  // the findings go to a prikk case that is decided
    };

    void setDay(const QDate &date, int hour, int minute = 0)
    {
        m_clock.setNow(std::min(QDateTime(date, QTime(hour, minute), Qt::UTC), m_now));
    }

    template<typename T>
    bool check(const Result<T> &result, const QString &what)
    {
        if (m_status && !result) {
            Error error = result.error();
            error.detail = QStringLiteral("demo inspection \"%1\": %2 %3").arg(what, error.field, error.detail);
            m_status = error;
        }
        return m_status.ok();
    }

    void addInspectors()
    {
        struct Row
        {
            const char *name;
            int createdDaysAgo;
            int testDaysAgo; // -1: no knowledge test recorded
        };
        const Row rows[] = {
            {"Randi Fossum", 760, 900},
            {"Kjetil Brekke", 760, 820},
            {"Sunniva Eide", 150, -1},
        };
        for (const Row &row : rows) {
            Inspector inspector;
            inspector.name = u(row.name);
            inspector.organisation = u("Nordvest Kontrolltjeneste AS");
            if (row.testDaysAgo >= 0)
                inspector.knowledgeTestPassed = m_today.addDays(-row.testDaysAgo);
            setDay(m_today.addDays(-row.createdDaysAgo), 9);
            Result<Inspector> created = m_inspectors.create(inspector);
            if (!check(created, inspector.name))
                return;
            m_inspectorIds.append(created->id);
        }
    }

    static QList<ChecklistItem> checklist(const QStringList &keys, const QString &notInOrder = {})
    {
        QList<ChecklistItem> items;
        for (const QString &key : keys) {
            ChecklistItem item;
            item.key = key;
            item.checked = true;
            item.inOrder = key != notInOrder;
            items.append(item);
        }
        return items;
    }

    Inspection inspection(const char *licenceKey, const QDate &date, const QTime &start, const QTime &end,
                          rules::InspectionType type, const QList<int> &inspectors) const
    {
        Inspection in;
        in.licenceId = m_licenceIds.value(QString::fromLatin1(licenceKey));
        in.date = date;
        in.start = start;
        in.end = end;
        in.type = type;
        for (int i : inspectors)
            in.inspectorIds.append(m_inspectorIds.value(i));
        return in;
    }

    QList<Planned> plan() const
    {
        const QStringList serving = {QStringLiteral("age_checks"), QStringLiteral("intoxication"), QStringLiteral("hours"),
                                     QStringLiteral("manager_present"), QStringLiteral("advertising"),
                                     QStringLiteral("alcohol_free_alternatives"), QStringLiteral("spirits_measure")};
        const QStringList sales = {QStringLiteral("age_checks"), QStringLiteral("intoxication"), QStringLiteral("hours"),
                                   QStringLiteral("placement"), QStringLiteral("advertising")};
        const int lastYear = m_today.year() - 1;
        QList<Planned> result;

        Planned p;
        p.inspection = inspection("havgapet", QDate(lastYear, 5, 16), QTime(21, 30), QTime(23, 15),
                                  rules::InspectionType::Serving, {0, 1});
        p.inspection.checklist = checklist(serving);
        p.inspection.notes = u("Ingen merknader. Godt besøkt kveld; legitimasjon ble sjekket ved baren.");
        p.reportAfter = 3;
        result.append(p);

        p = Planned();
        p.inspection = inspection("handelslaget", QDate(lastYear, 8, 28), QTime(16, 10), QTime(16, 45),
                                  rules::InspectionType::Sales, {0});
        p.inspection.mode = InspectionMode::Anonymous;
        p.inspection.checklist = checklist(sales);
        p.inspection.notes = u("Ingen merknader. Kassebetjeningen ba unge kunder om legitimasjon.");
        p.reportAfter = 2;
        result.append(p);

        p = Planned();
        p.inspection = inspection("bryggeriet", QDate(lastYear, 10, 10), QTime(22, 30), QTime(0, 40),
                                  rules::InspectionType::Serving, {0, 1});
        p.inspection.checklist = checklist(serving, QStringLiteral("intoxication"));
        InspectionFinding drunk;
        drunk.code = QStringLiteral("intoxicated_served");
        drunk.description = u("En mann ved bardisken fikk servert øl selv om han var åpenbart påvirket.");
        IntoxicationSigns signs;
        signs.speech = u("Snøvlete og uklar tale, gjentok seg selv");
        signs.balance = u("Ustø gange, støttet seg til bardisken og mistet nesten balansen");
        signs.behaviour = u("Høylytt og sjenerende mot andre gjester");
        signs.served = u("0,5 l pils");
        signs.when = QTime(23, 50);
        drunk.signs = signs;
        p.inspection.findings = {drunk};
        p.reportAfter = 2;
        p.sanction = true;
        result.append(p);

        p = Planned();
        p.inspection = inspection("hotell", m_today.addDays(-120), QTime(20, 0), QTime(21, 45),
                                  rules::InspectionType::Serving, {1, 2});
        p.inspection.mode = InspectionMode::Open;
        p.inspection.checklist = checklist(serving, QStringLiteral("advertising"));
        InspectionFinding poster;
        poster.code = QStringLiteral("advertising");
        poster.description = u("Plakat ved inngangen til baren reklamerte for «happy hour» med halv pris på øl.");
        p.inspection.findings = {poster};
        p.reportAfter = 4;
        p.commentsAfter = 9;
        p.comments = u("Plakaten var satt opp av en vikar og ble fjernet samme kveld. Personalet er minnet på "
                       "reklameforbudet.");
        result.append(p);

        p = Planned();
        p.inspection = inspection("storsenteret", m_today.addDays(-60), QTime(17, 0), QTime(17, 50),
                                  rules::InspectionType::Sales, {1});
        p.inspection.checklist = checklist(sales);
        p.reportAfter = 5;
        result.append(p);

        p = Planned();
        p.inspection = inspection("havgapet", m_today.addDays(-12), QTime(22, 0), QTime(23, 30),
                                  rules::InspectionType::Serving, {0, 2});
        p.inspection.checklist = checklist(serving);
        p.inspection.notes = u("Ingen merknader.");
        result.append(p); // the report is not sent: overdue by the one-week rule

        p = Planned();
        p.inspection = inspection("kaia", m_today.addDays(-3), QTime(23, 0), QTime(0, 15),
                                  rules::InspectionType::Serving, {0, 1});
        p.inspection.checklist = checklist(serving);
        result.append(p);

        std::stable_sort(result.begin(), result.end(),
                         [](const Planned &a, const Planned &b) { return a.inspection.date < b.inspection.date; });
        return result;
    }

    void addInspections()
    {
        if (!m_status)
            return;
        for (const Planned &p : plan()) {
            const QDate date = p.inspection.date;
            setDay(date.addDays(1), 10);
            Result<Inspection> created = m_inspections.create(p.inspection);
            if (!check(created, date.toString(Qt::ISODate)))
                return;
            const qint64 id = created->id;
            const QString number = created->number;
            if (p.reportAfter < 0)
                continue;
            const QDate sent = date.addDays(p.reportAfter);
            setDay(sent, 13);
            if (!check(m_inspections.setReportSent(id, sent), number))
                return;
            if (p.commentsAfter >= 0) {
                const QDate received = sent.addDays(p.commentsAfter);
                setDay(received, 11);
                if (!check(m_inspections.saveComments(id, received, p.comments), number))
                    return;
            }
            if (p.sanction)
                sanction(id, sent);
        }
    }

    // Forhåndsvarsel a week after the report, the licensee's response, and the decision on prikker.
    void sanction(qint64 inspectionId, const QDate &reportSent)
    {
        const QDate noticeSent = reportSent.addDays(5);
        setDay(noticeSent, 9);
        Result<SanctionCase> c = m_sanctions.createFromInspection(inspectionId);
        if (!check(c, QStringLiteral("sanction")))
            return;
        const qint64 id = c->id;
        if (!check(m_sanctions.sendNotice(id, noticeSent, noticeSent.addDays(21)), QStringLiteral("sanction")))
            return;
        setDay(noticeSent.addDays(14), 10);
        if (!check(m_sanctions.recordResponse(id, u("Vi beklager hendelsen. Bartenderen har fått ny opplæring i "
                                                    "ansvarlig vertskap, og vi har innført dobbel bemanning i "
                                                    "baren fredag og lørdag.")),
                   QStringLiteral("sanction")))
            return;
        const QDate decidedOn = noticeSent.addDays(30);
        setDay(decidedOn, 12);
        SanctionDecision decision;
        decision.decidedOn = decidedOn;
        decision.decidedBy = u("Anne Aas");
        decision.reference = QStringLiteral("%1/%2-4").arg(decidedOn.year()).arg(233);
        check(m_sanctions.decide(id, decision), QStringLiteral("sanction"));
    }

    // Skjenking after hours reported by the police; the advance notice is out.
    void policeReport()
    {
        if (!m_status)
            return;
        const QDate offence = m_today.addDays(-25);
        setDay(m_today.addDays(-18), 10);
        Result<SanctionCase> c = m_sanctions.createFromReport(m_licenceIds.value(QStringLiteral("kaia")),
                                                             QStringLiteral("hours"), offence,
                                                             u("Politiet, Fjordvik politistasjon"));
        if (!check(c, QStringLiteral("police report")))
            return;
        const QDate sent = m_today.addDays(-10);
        setDay(sent, 9);
        check(m_sanctions.sendNotice(c->id, sent, sent.addDays(21)), QStringLiteral("police report"));
    }

    const QDateTime m_now;
    const QDate m_today;
    const QHash<QString, qint64> &m_licenceIds;
    FixedClock m_clock;
    InspectorRepository m_inspectors;
    InspectionRepository m_inspections;
    SanctionRepository m_sanctions;
    QList<qint64> m_inspectorIds;
    Status m_status;
};

// The yearly fee cycle of the last two filing years (the clock's year and the year before):
// fee-cycle settings with the auditor's confirmation required, requests, turnover reports from the
// ordinary licences (one licence expecting 50 % more than it sold, one report late, one missing after a reminder),
// the invoice lines of every year that has national rates (never invented: decisions.md 10), and
// payments, with one line partly paid and one left unpaid after its due date.
class FeeStory
{
public:
    FeeStory(const Database &db, const QDateTime &now, const QDate &today)
        : m_db(db), m_now(now), m_today(today), m_clock(now), m_turnover(db, m_clock), m_fees(db, m_clock)
    {
    }

    Status tell()
    {
        const int year = m_today.year();
        setDay(QDate(year - 1, 1, 3), 9);
        FeeCycleSettings settings;
        settings.auditorConfirmationRequired = true;
        if (!check(m_turnover.saveSettings(settings), QStringLiteral("settings")))
            return m_status;
        const Result<rules::RuleSet> ruleSet = RuleSetRepository(m_db, m_clock).current();
        if (!check(ruleSet, QStringLiteral("rule set")))
            return m_status;
        const Result<QList<Licence>> licences = LicenceRepository(m_db, m_clock).list();
        if (!check(licences, QStringLiteral("licences")))
            return m_status;
        QList<Licence> ordinary;
        for (const Licence &l : *licences) {
            if (l.isOrdinary())
                ordinary.append(l);
        }
        // The year with the late, the missing and the changed report: this year once its reminder
        // period is over, else last year.
        const QDate thisDeadline = TurnoverRules::deadline(*ruleSet, year).date;
        const int specialYear = m_today >= thisDeadline.addDays(30) ? year : year - 1;
        const Result<rules::FeeRateTable> rates = FeeRateRepository(m_db, m_clock).current();
        if (!check(rates, QStringLiteral("rates")))
            return m_status;
        for (int y : {year - 1, year}) {
            reports(y, TurnoverRules::deadline(*ruleSet, y).date, ordinary, y == specialYear);
            if (!m_status)
                return m_status;
            if (rates->forYear(y).ok())
                issueAndPay(y, TurnoverRules::deadline(*ruleSet, y).date);
            if (!m_status)
                return m_status;
        }
        return m_status;
    }

private:
    void setDay(const QDate &date, int hour)
    {
        m_clock.setNow(std::min(QDateTime(date, QTime(hour, 0), Qt::UTC), m_now));
    }

    bool check(const Status &status, const QString &what)
    {
        if (m_status && !status) {
            Error error = status.error();
            error.detail = QStringLiteral("demo fees \"%1\": %2 %3").arg(what, error.field, error.detail);
            m_status = error;
        }
        return m_status.ok();
    }

    template<typename T>
    bool check(const Result<T> &result, const QString &what)
    {
        return check(result ? Status() : Status(result.error()), what);
    }

    // Plausible litres for the n-th licence: groups it does not cover stay at 0.
    static GroupLitres litresFor(const Licence &licence, int n, int year)
    {
        GroupLitres l;
        const double drift = 1.0 + 0.03 * ((n + year) % 5 - 2); // -6 % .. +6 % from year to year
        if (licence.kind == LicenceKind::Sale) {
            l.group[0] = std::round((60000 + (n * 37813) % 140000) * drift);
            if (licence.groups & Group2)
                l.group[1] = std::round((2000 + (n * 911) % 6000) * drift);
            return l;
        }
        l.group[0] = std::round((6000 + (n * 3719) % 26000) * drift);
        if (licence.groups & Group2)
            l.group[1] = std::round((800 + (n * 977) % 7000) * drift);
        if (licence.groups & Group3)
            l.group[2] = std::round((40 + (n * 131) % 700) * drift);
        return l;
    }

    void reports(int year, const QDate &deadline, const QList<Licence> &licences, bool special)
    {
        QList<qint64> requested;
        QList<const Licence *> due;
        for (const Licence &l : licences) {
            if (TurnoverRules::duty(l, year).required) {
                requested.append(l.id);
                due.append(&l);
            }
        }
        const QDate requestDay = deadline.addDays(-45);
        if (requested.isEmpty() || requestDay > m_today)
            return;
        setDay(requestDay, 9);
        if (!check(m_turnover.recordRequests(year, requested, requestDay), QStringLiteral("requests %1").arg(year)))
            return;
        int position = 0;
        bool changed = false;
        for (const Licence *licence : std::as_const(due)) {
            const int n = int(licence->id);
            const int index = position++;
            const ReportDuty duty = TurnoverRules::duty(*licence, year);
            if (special && index == 2) {
                // Missing: reminded a week after the deadline, and no answer since.
                const QDate reminder = deadline.addDays(7);
                if (reminder <= m_today) {
                    setDay(reminder, 10);
                    check(m_turnover.recordReminders(year, {licence->id}, reminder), QStringLiteral("reminder"));
                }
                continue;
            }
            const QDate received = special && index == 1 ? deadline.addDays(10) : deadline.addDays(-1 - (n * 7) % 25);
            if (received > m_today)
                continue;
            TurnoverReport report;
            report.licenceId = licence->id;
            report.year = year;
            report.receivedOn = received;
            report.requestedOn = requestDay;
            report.auditorConfirmed = true;
            if (duty.needsActual)
                report.actual = litresFor(*licence, n, year - 1);
            if (duty.needsExpected) {
                GroupLitres expected = litresFor(*licence, n, year);
                if (special && !changed && report.actual && report.actual->group[0] > 0) {
                    expected.group[0] = std::round(expected.group[0] * 1.5); // a new terrace: +50 %
                    changed = true;
                }
                report.expected = expected;
            }
            if (special && index == 1)
                report.note = DemoRegister::tr("Arrived after the deadline; the licensee was abroad.");
            setDay(received, 11);
            if (!check(m_turnover.save(report), QStringLiteral("report %1 %2").arg(licence->number).arg(year)))
                return;
        }
    }

    void issueAndPay(int year, const QDate &deadline)
    {
        const QDate issuedOn = deadline.addDays(20);
        if (issuedOn > m_today)
            return;
        setDay(issuedOn, 12);
        const Result<QList<FeeLine>> issued = m_fees.issue(year, issuedOn);
        if (!check(issued, QStringLiteral("issue %1").arg(year)))
            return;
        int index = 0;
        for (const FeeLine &line : *issued) {
            const int n = index++;
            if (line.amount <= 0 || n == 3)
                continue; // refunds are paid out by the municipality; line 3 stays unpaid
            const QDate paidOn = line.dueOn.addDays(-(n * 3) % 20);
            if (paidOn > m_today)
                continue;
            setDay(paidOn, 13);
            const double amount = n == 1 ? std::round(line.amount / 2) : line.amount; // line 1 paid in part
            const QString note = n == 1 ? DemoRegister::tr("First instalment") : QString();
            if (!check(m_fees.registerPayment(line.id, paidOn, amount, note), QStringLiteral("payment %1").arg(line.id)))
                return;
        }
    }

    const Database &m_db;
    const QDateTime m_now;
    const QDate m_today;
    FixedClock m_clock;
    TurnoverRepository m_turnover;
    FeeRepository m_fees;
    Status m_status;
};

} // namespace

Status populate(const Database &db, const Clock &clock)
{
    LicenceRepository check(db, clock);
    const Result<int> count = check.count();
    if (!count)
        return count.error();
    if (*count > 0) {
        return makeError(QStringLiteral("not_empty"),
                         DemoRegister::tr("The demo licences can only be added to an empty register; %1 already holds "
                                          "%2 licences.")
                             .arg(db.path())
                             .arg(*count));
    }

    Plan plan(clock);
    planSales(plan);
    planServing(plan);
    planSingleOccasions(plan);
    planTravelling(plan);
    const QList<Event> events = plan.sorted();

    // Every change is stamped with the moment it happened in the story, not with now.
    FixedClock storyClock(events.first().at.addDays(-1));
    RegisterInfo info;
    info.municipalityName = MunicipalityName;
    info.demo = true;
    const Status saved = RegisterSettings(db, storyClock).save(info);
    if (!saved)
        return saved;

    LicenceRepository repository(db, storyClock);
    QHash<QString, qint64> ids;
    for (const Event &event : events) {
        storyClock.setNow(event.at);
        Result<Licence> result = Error{};
        switch (event.type) {
        case Event::Type::Create: {
            Licence licence = event.licence;
            const Result<QString> number = repository.nextNumber(event.at.date().year());
            if (!number)
                return number.error();
            licence.number = *number;
            result = repository.create(licence);
            if (result)
                ids.insert(event.key, result->id);
            break;
        }
        case Event::Type::Update: {
            result = repository.find(ids.value(event.key));
            if (result) {
                Licence licence = *result;
                event.change(licence);
                result = repository.update(licence);
            }
            break;
        }
        case Event::Type::End:
            result = repository.end(ids.value(event.key), event.endedOn, event.reason, event.note);
            break;
        }
        if (!result) {
            Error error = result.error();
            error.detail = QStringLiteral("demo licence \"%1\": %2").arg(event.key, error.detail);
            return error;
        }
    }
    const Status cases = CaseStory(db, plan.now, plan.today, ids).tell();
    if (!cases)
        return cases;
    const Status inspections = InspectionStory(db, plan.now, plan.today, ids).tell();
    if (!inspections)
        return inspections;
    return FeeStory(db, plan.now, plan.today).tell();
}

} // namespace bevilling::DemoData
