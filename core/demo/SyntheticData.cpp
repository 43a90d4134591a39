#include "demo/SyntheticData.h"

#include "domain/Licence.h"
#include "fees/FeeLine.h"
#include "inspections/Inspection.h"
#include "inspections/Sanction.h"
#include "rules/Fees.h"
#include "rules/Findings.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/FeeRateRepository.h"
#include "storage/FeeRepository.h"
#include "storage/InspectionRepository.h"
#include "storage/LicenceRepository.h"
#include "storage/RegisterSettings.h"
#include "storage/SanctionRepository.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"
#include "storage/TurnoverRepository.h"
#include "turnover/TurnoverReport.h"
#include "validation/OrgNumber.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace bevilling {

namespace {

// splitmix64: small, fast and the same on every platform and standard library (std's
// distributions are not), so that a seed gives the same register everywhere.
class Rng
{
public:
    explicit Rng(quint64 seed) : m_state(seed * 0x9E3779B97F4A7C15ULL + 0x632BE59BD9B4E019ULL) {}

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // lo..hi inclusive
    int range(int lo, int hi) { return lo + static_cast<int>(next() % static_cast<quint64>(hi - lo + 1)); }
    double unit() { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double p) { return unit() < p; }
    double normal()
    {
        const double u1 = std::max(unit(), 1e-12);
        const double u2 = unit();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }
    // A log-normal value around `median`.
    double around(double median, double sigma) { return median * std::exp(sigma * normal()); }
    template<typename T> const T &pick(const QList<T> &list) { return list.at(range(0, static_cast<int>(list.size()) - 1)); }
    QDate dateIn(const QDate &from, const QDate &to)
    {
        const int days = static_cast<int>(from.daysTo(to));
        return days <= 0 ? from : from.addDays(range(0, days));
    }

private:
    quint64 m_state;
};

QStringList words(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char(','));
}

const QStringList &firstNames()
{
    static const QStringList list = words(
        "Ole,Lars,Kari,Ingrid,Anne,Per,Jan,Nils,Marit,Hilde,Kristin,Bjørn,Knut,Arne,Silje,Ida,Emma,Nora,Sofie,"
        "Jonas,Mathias,Henrik,Sindre,Eirik,Thea,Maja,Ingvild,Torunn,Sigrid,Håkon,Øystein,Åse,Ragnhild,Vegard,"
        "Magnus,Tuva,Elias,Amalie,Kristoffer,Camilla,Ahmed,Fatima,Ali,Mona,Trond,Geir,Linn,Mari,Stian,Runa");
    return list;
}

const QStringList &surnames()
{
    static const QStringList list = words(
        "Hansen,Johansen,Olsen,Larsen,Andersen,Pedersen,Nilsen,Kristiansen,Jensen,Karlsen,Johnsen,Pettersen,"
        "Eriksen,Berg,Haugen,Hagen,Johannessen,Andreassen,Jacobsen,Dahl,Jørgensen,Halvorsen,Henriksen,Lund,"
        "Sørensen,Jakobsen,Moen,Gundersen,Iversen,Strand,Solberg,Svendsen,Eide,Knutsen,Martinsen,Paulsen,"
        "Bakken,Kristoffersen,Mathisen,Lie,Amundsen,Nguyen,Rasmussen,Ali,Lunde,Solheim,Berge,Moe,Nygård,Bakke,"
        "Kristensen,Fredriksen,Holm,Lien,Hauge,Christensen,Andresen,Nielsen,Knudsen,Evensen,Sæther,Aas,Myhre,"
        "Hanssen,Ahmed,Haugland,Thomassen,Sivertsen,Simonsen,Danielsen,Berntsen,Sandvik,Rønning,Arnesen,Antonsen,"
        "Næss,Vik,Haug,Ellingsen,Thorsen,Edvardsen,Birkeland,Isaksen,Gulbrandsen,Ruud,Aasen,Strøm,Myklebust");
    return list;
}

struct Street
{
    QString name;
    QString postalCode;
};

const QList<Street> &streets()
{
    static const QList<Street> list = [] {
        const QStringList raw = words(
            "Karl Johans gate:0154,Thorvald Meyers gate:0552,Markveien:0554,Grünerløkka torg:0552,Bogstadveien:0355,"
            "Hegdehaugsveien:0352,Torggata:0181,Youngstorget:0181,Storgata:0184,Grønlandsleiret:0190,Tøyengata:0190,"
            "Kirkeveien:0368,Majorstuveien:0367,Sørkedalsveien:0369,Drammensveien:0271,Bygdøy allé:0262,"
            "Frognerveien:0263,Aker brygge:0250,Stranden:0250,Rådhusgata:0151,Kongens gate:0153,Dronningens gate:0152,"
            "Prinsens gate:0152,Akersgata:0158,Universitetsgata:0164,Pilestredet:0164,Welhavens gate:0166,"
            "Schweigaards gate:0191,Trondheimsveien:0560,Sannergata:0557,Vogts gate:0474,Bjerregaards gate:0172,"
            "Ullevålsveien:0165,Sognsveien:0855,Lambertseterveien:1150,Bryn:0667,Furuset:1053,Stovner senter:0985,"
            "Holmlia senter:1255,Vinderen:0370,Bekkestua:1357,Lysaker torg:1366,Storo:0485,Nydalen allé:0484");
        QList<Street> out;
        for (const QString &item : raw) {
            const QStringList parts = item.split(QLatin1Char(':'));
            out.append({parts.at(0), parts.at(1)});
        }
        return out;
    }();
    return list;
}

const QStringList &placeWords()
{
    static const QStringList list = words(
        "Fjord,Løkka,Brygga,Torget,Hjørnet,Kroken,Havna,Stua,Kjelleren,Loftet,Tårnet,Bakgården,Nordlys,Fyret,"
        "Bryggerhuset,Smia,Bakeriet,Vinstua,Ølstua,Tapperiet,Bistroen,Kafé Olivia,Sjømagasinet,Fiskeriet,Osteria,"
        "Trattoria,Sushi,Taverna,Grillen,Verandaen,Terrassen,Parken,Kroa,Kontoret,Bibliotekaren,Postkontoret");
    return list;
}

QString personName(Rng &rng)
{
    return rng.pick(firstNames()) + QLatin1Char(' ') + rng.pick(surnames());
}

QString orgNumber(Rng &rng, QSet<QString> &used)
{
    for (;;) {
        const QString firstEight = QString::number(rng.range(91000000, 99999999));
        const int check = OrgNumber::checkDigit(firstEight);
        if (check < 0)
            continue;
        const QString number = firstEight + QString::number(check);
        if (used.contains(number))
            continue;
        used.insert(number);
        return number;
    }
}

// The end of the licence period that runs on `today`: 30 September the year after a council
// election (2024, 2028, ...), as alkoholloven § 1-6 sets it.
QDate periodEnd(const QDate &today)
{
    int year = today.year();
    while ((year - 2024) % 4 != 0 || QDate(year, 9, 30) < today)
        ++year;
    return QDate(year, 9, 30);
}

// Demand in a calendar year against a normal year: the pandemic closed serving places in 2020-21
// and moved trade to the shops.
double yearFactor(int year, bool serving)
{
    if (year == 2020)
        return serving ? 0.62 : 1.12;
    if (year == 2021)
        return serving ? 0.78 : 1.06;
    return 1.0;
}

struct Planned
{
    Licence licence;
    QDate from; // first day in force
    QDate to;   // last day in force
    double base[3] = {0, 0, 0};
    QHash<int, GroupLitres> actual; // calendar year -> litres sold/served
    bool inForce(const QDate &day) const { return from <= day && day <= to; }
    bool inForceIn(int year) const { return from <= QDate(year, 12, 31) && to >= QDate(year, 1, 1); }
};

QString litresText(double litres)
{
    QString digits = QString::number(static_cast<qint64>(std::llround(litres)));
    for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(' '));
    return digits;
}

QString rateText(double rate)
{
    return QStringLiteral("kr ") + QString::number(rate, 'f', 2).replace(QLatin1Char('.'), QLatin1Char(','));
}

QDateTime at(const QDate &date, int hour)
{
    return QDateTime(date, QTime(hour, 0), Qt::UTC);
}

// The inspections are most of the rows of a large register: they are written with statements
// prepared once and bound per row (InspectionRepository::insertAsIs prepares each statement for
// every row, which makes 60 000 inspections take many seconds). The columns and their encoding
// are the repository's (InspectionRepository::insertAsIs); TestSyntheticData reads them back
// through the repository.
class InspectionWriter
{
public:
    explicit InspectionWriter(const QSqlDatabase &db) : m_row(db), m_inspector(db), m_checklist(db), m_finding(db) {}

    bool prepare()
    {
        return m_row.prepare(QStringLiteral(
                   "INSERT INTO inspection (id, licence_id, number, inspection_date, start_time, end_time, inspection_type, "
                   "mode, confirmed_single_inspector, notes, report_sent, comments_received, comments, created_at, updated_at) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
            && m_inspector.prepare(QStringLiteral(
                   "INSERT INTO inspection_inspector (inspection_id, inspector_id, position) VALUES (?, ?, ?)"))
            && m_checklist.prepare(QStringLiteral(
                   "INSERT INTO inspection_checklist (inspection_id, item_key, position, checked, in_order, note) "
                   "VALUES (?, ?, ?, ?, ?, ?)"))
            && m_finding.prepare(QStringLiteral(
                   "INSERT INTO inspection_finding (id, inspection_id, position, code, description, has_signs, speech, "
                   "balance, behaviour, served, served_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    }

    Status write(const Inspection &in)
    {
        bind(m_row, {in.id, in.licenceId, in.number, SqlValues::date(in.date), time(in.start), time(in.end),
                     InspectionTexts::typeKey(in.type), InspectionTexts::modeKey(in.mode),
                     in.confirmedSingleInspector ? 1 : 0, text(in.notes), SqlValues::date(in.reportSent),
                     SqlValues::date(in.commentsReceived), text(in.comments), SqlValues::timestamp(in.createdAt),
                     SqlValues::timestamp(in.updatedAt)});
        if (!m_row.exec())
            return failed(m_row);
        for (int i = 0; i < in.inspectorIds.size(); ++i) {
            bind(m_inspector, {in.id, in.inspectorIds.at(i), i});
            if (!m_inspector.exec())
                return failed(m_inspector);
        }
        for (int i = 0; i < in.checklist.size(); ++i) {
            const ChecklistItem &item = in.checklist.at(i);
            bind(m_checklist, {in.id, item.key, i, item.checked ? 1 : 0, item.inOrder ? 1 : 0, text(item.note)});
            if (!m_checklist.exec())
                return failed(m_checklist);
        }
        for (int i = 0; i < in.findings.size(); ++i) {
            const InspectionFinding &f = in.findings.at(i);
            const IntoxicationSigns signs = f.signs.value_or(IntoxicationSigns{});
            bind(m_finding, {f.id, in.id, i, f.code, text(f.description), f.signs ? 1 : 0, text(signs.speech),
                             text(signs.balance), text(signs.behaviour), text(signs.served), time(signs.when)});
            if (!m_finding.exec())
                return failed(m_finding);
        }
        return {};
    }

private:
    static void bind(QSqlQuery &query, const QVariantList &values)
    {
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, values.at(i));
    }
    static QVariant text(const QString &value) { return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value); }
    static QVariant time(const QTime &t) { return t.isValid() ? QVariant(t.toString(QStringLiteral("HH:mm"))) : QVariant(); }
    static Status failed(const QSqlQuery &query)
    {
        return makeError(QStringLiteral("io"), SyntheticData::tr("The register could not be saved or read."), {},
                         query.lastError().text());
    }

    QSqlQuery m_row;
    QSqlQuery m_inspector;
    QSqlQuery m_checklist;
    QSqlQuery m_finding;
};

class Generator
{
public:
    Generator(const Database &db, const Clock &clock, const SyntheticOptions &options)
        : m_db(db), m_rng(options.seed), m_options(options), m_today(clock.today()),
          m_endYear(clock.today().year() - 1), m_startYear(clock.today().year() - options.years)
    {
    }

    Result<SyntheticSummary> run()
    {
        Result<rules::FeeRateTable> rates = FeeRateRepository(m_db, FixedClock(at(m_today, 0))).current();
        if (!rates)
            return rates.error();
        m_rates = *std::move(rates);

        planLicences();
        planLitres();

        const QSqlDatabase db = m_db.connection();
        Transaction transaction(db);
        if (!transaction.isActive())
            return makeError(QStringLiteral("io"), SyntheticData::tr("The register could not be saved or read."), {},
                             transaction.lastError());
        Status s = writeSettings(db);
        if (s)
            s = writeLicences(db);
        if (s)
            s = writeReportsAndFees(db);
        if (s)
            s = writeInspectors(db);
        if (s)
            s = writeInspections(db);
        if (!s)
            return s.error();
        if (!transaction.commit())
            return makeError(QStringLiteral("io"), SyntheticData::tr("The register could not be saved or read."), {},
                             transaction.lastError());
        return m_summary;
    }

private:
    void planLicences()
    {
        const QDate start(m_startYear, 1, 1);
        const QDate end(m_endYear, 12, 31);
        const QDate validTo = periodEnd(m_today);
        const int ended = std::max(1, m_options.licences / 8);
        const int total = m_options.licences + ended;
        QSet<QString> orgNumbers;
        QHash<int, int> sequence;
        for (int i = 0; i < total; ++i) {
            Planned p;
            Licence &l = p.licence;
            const bool endsInPeriod = i >= m_options.licences;
            l.kind = m_rng.chance(0.2) ? LicenceKind::Sale : LicenceKind::Serving;
            if (endsInPeriod || m_rng.chance(0.7))
                p.from = m_rng.dateIn(start.addYears(-8), start);
            else
                p.from = m_rng.dateIn(start, end.addDays(-30));
            p.to = validTo;
            if (endsInPeriod) {
                const QDate earliest = std::max(p.from.addDays(60), start.addDays(30));
                p.to = m_rng.dateIn(earliest, std::max(earliest, end));
                l.endedOn = p.to;
                const int reason = m_rng.range(0, 9);
                l.endReason = reason < 5 ? EndReason::Closed : reason < 8 ? EndReason::Transferred : EndReason::Surrendered;
                l.endNote = l.endReason == EndReason::Transferred ? QStringLiteral("Eierskifte") : QString();
            }
            l.validFrom = p.from;
            l.validTo = validTo;
            const int seq = ++sequence[p.from.year()];
            l.number = QStringLiteral("%1-%2").arg(p.from.year()).arg(seq, 3, 10, QLatin1Char('0'));

            const Street &street = m_rng.pick(streets());
            const QString address = QStringLiteral("%1 %2").arg(street.name).arg(m_rng.range(1, 120));
            const QString owner = m_rng.pick(surnames());
            if (l.kind == LicenceKind::Sale) {
                static const QStringList chains = words("Kiwi,Rema 1000,Coop Extra,Coop Prix,Meny,Joker,Bunnpris,Spar,Coop Mega,Obs");
                const QString chain = m_rng.pick(chains);
                l.premises.name = chain + QLatin1Char(' ') + street.name.section(QLatin1Char(' '), 0, 0);
                l.premises.type = PremisesType::Shop;
                l.licensee.name = QStringLiteral("%1 %2 AS").arg(chain, owner);
                l.groups = Group1;
                l.premises.capacity = std::nullopt;
            } else {
                static const QList<PremisesType> types = {PremisesType::Restaurant, PremisesType::Restaurant,
                                                          PremisesType::Restaurant, PremisesType::Bar, PremisesType::Bar,
                                                          PremisesType::Cafe, PremisesType::Nightclub, PremisesType::Hotel};
                l.premises.type = m_rng.pick(types);
                const QString word = m_rng.pick(placeWords());
                switch (l.premises.type) {
                case PremisesType::Bar: l.premises.name = word + QStringLiteral(" Bar"); break;
                case PremisesType::Cafe: l.premises.name = QStringLiteral("Kafé ") + word; break;
                case PremisesType::Nightclub: l.premises.name = QStringLiteral("Klubb ") + word; break;
                case PremisesType::Hotel: l.premises.name = QStringLiteral("Hotell ") + word; break;
                default: l.premises.name = QStringLiteral("Restaurant ") + word; break;
                }
                l.licensee.name = QStringLiteral("%1 %2 AS").arg(word, owner);
                const int coverage = m_rng.range(0, 99);
                l.groups = coverage < 65 ? (Group1 | Group2 | Group3) : coverage < 90 ? (Group1 | Group2) : Group1;
                l.premises.capacity = l.premises.type == PremisesType::Cafe ? m_rng.range(20, 60) : m_rng.range(40, 400);
                l.outdoor = m_rng.chance(0.4);
                l.outdoorDescription = l.outdoor ? QStringLiteral("Uteservering på fortauet, %1 plasser").arg(m_rng.range(10, 80))
                                                 : QString();
                l.indoorDescription = QStringLiteral("Hele lokalet, %1 etasje").arg(m_rng.range(1, 2));
            }
            l.licensee.orgNumber = orgNumber(m_rng, orgNumbers);
            l.licensee.address = address + QStringLiteral(", ") + street.postalCode + QStringLiteral(" Oslo");
            l.licensee.email = QStringLiteral("post%1@example.no").arg(i + 1);
            l.licensee.phone = QStringLiteral("%1").arg(m_rng.range(21000000, 99999999));
            l.premises.address = address;
            l.premises.postalCode = street.postalCode;
            l.premises.postalPlace = QStringLiteral("OSLO");
            l.manager.role = PersonRole::Manager;
            l.manager.name = personName(m_rng);
            l.manager.birthDate = QDate(m_rng.range(1955, 2000), m_rng.range(1, 12), m_rng.range(1, 28));
            l.manager.knowledgeTestPassed = p.from.addDays(-m_rng.range(20, 2000));
            Person deputy;
            deputy.role = PersonRole::Deputy;
            deputy.name = personName(m_rng);
            deputy.birthDate = QDate(m_rng.range(1960, 2003), m_rng.range(1, 12), m_rng.range(1, 28));
            deputy.knowledgeTestPassed = p.from.addDays(-m_rng.range(20, 2000));
            l.deputies = {deputy};
            l.createdAt = at(p.from.addDays(-21), 9);
            l.updatedAt = l.isEnded() ? at(l.endedOn, 10) : l.createdAt;

            // Litres in a normal year, by premises.
            if (l.kind == LicenceKind::Sale) {
                p.base[0] = std::clamp(m_rng.around(60000, 0.8), 3000.0, 900000.0);
            } else {
                double medians[3] = {6000, 2500, 400};
                switch (l.premises.type) {
                case PremisesType::Bar: medians[0] = 15000; medians[1] = 2500; medians[2] = 900; break;
                case PremisesType::Nightclub: medians[0] = 25000; medians[1] = 3000; medians[2] = 3000; break;
                case PremisesType::Hotel: medians[0] = 10000; medians[1] = 6000; medians[2] = 800; break;
                case PremisesType::Cafe: medians[0] = 2500; medians[1] = 600; medians[2] = 60; break;
                default: break;
                }
                const int groupBits[3] = {Group1, Group2, Group3};
                for (int g = 0; g < 3; ++g) {
                    if (l.groups & groupBits[g])
                        p.base[g] = std::clamp(m_rng.around(medians[g], 0.6), 20.0, 400000.0);
                }
            }
            m_planned.append(p);
        }
    }

    void planLitres()
    {
        for (Planned &p : m_planned) {
            double level = 1.0;
            for (int year = m_startYear - 1; year <= m_endYear; ++year) {
                level *= 1.0 + 0.06 * m_rng.normal();
                if (m_rng.chance(0.03))
                    level *= 0.5 + 1.1 * m_rng.unit(); // a new concept, a refurbishment, a new owner
                level = std::clamp(level, 0.3, 3.0);
                if (!p.inForceIn(year))
                    continue;
                const QDate first = std::max(p.from, QDate(year, 1, 1));
                const QDate last = std::min(p.to, QDate(year, 12, 31));
                const double share = (first.daysTo(last) + 1) / static_cast<double>(QDate(year, 1, 1).daysInYear());
                GroupLitres litres;
                for (int g = 0; g < 3; ++g)
                    litres.group[g] = std::round(p.base[g] * level * share * yearFactor(year, p.licence.isServingKind()));
                p.actual.insert(year, litres);
            }
        }
    }

    Status writeSettings(const QSqlDatabase &db)
    {
        RegisterInfo info;
        info.municipalityName = m_options.municipalityName;
        info.municipalityNumber = QStringLiteral("0301");
        info.demo = true;
        Status s = RegisterSettings::restore(db, info);
        if (!s)
            return s;
        QJsonObject after;
        after.insert(QStringLiteral("generated"), QStringLiteral("synthetic"));
        after.insert(QStringLiteral("seed"), static_cast<qint64>(m_options.seed));
        after.insert(QStringLiteral("licences"), m_options.licences);
        after.insert(QStringLiteral("years"), m_options.years);
        after.insert(QStringLiteral("inspections"), m_options.inspections);
        // Stamped with the day, not the moment, so that a seed gives the same register all day.
        return AuditLog::record(db, FixedClock(at(m_today, 0)), RegisterSettings::AuditEntity, 0,
                                QStringLiteral("generate"), {}, after);
    }

    Status writeLicences(const QSqlDatabase &db)
    {
        for (Planned &p : m_planned) {
            const Status s = LicenceRepository::insertAsIs(db, p.licence);
            if (!s)
                return s;
            ++m_summary.licences;
            (p.licence.kind == LicenceKind::Sale ? m_saleIndexes : m_servingIndexes).append(static_cast<int>(&p - m_planned.data()));
        }
        return {};
    }

    std::optional<rules::FeeRates> ratesOf(int year) const
    {
        Result<rules::FeeRates> r = m_rates.forYear(year);
        if (!r)
            return std::nullopt;
        return *std::move(r);
    }

    static QList<double> forFee(const GroupLitres &litres, LicenceKind kind)
    {
        if (kind == LicenceKind::Sale)
            return {litres.group[0], litres.group[1]};
        return {litres.group[0], litres.group[1], litres.group[2]};
    }

    static QString basisText(const QString &label, int year, const GroupLitres &litres, const rules::FeeResult &fee,
                             const rules::FeeRates &rates, LicenceKind kind)
    {
        QStringList parts;
        for (int g = 0; g < fee.byGroup.size(); ++g) {
            if (litres.group[g] <= 0)
                continue;
            const std::optional<double> rate = kind == LicenceKind::Sale ? rates.sale[g] : rates.serving[g];
            parts << QStringLiteral("%1 l gr. %2 × %3").arg(litresText(litres.group[g])).arg(g + 1).arg(rateText(rate.value_or(0)));
        }
        QString text = QStringLiteral("%1 %2: %3 = %4").arg(label).arg(year).arg(parts.isEmpty() ? QStringLiteral("0 l") : parts.join(QStringLiteral(" + ")), formatAmount(fee.sum));
        if (fee.fee > fee.sum)
            text += QStringLiteral("; minstegebyr %1").arg(formatAmount(fee.minimum));
        return text;
    }

    Status writePayments(const QSqlDatabase &db, const FeeLine &line)
    {
        if (line.amount <= 0)
            return {};
        const int roll = m_rng.range(0, 99);
        QList<QPair<QDate, double>> payments;
        if (roll < 90) {
            payments.append({line.issuedOn.addDays(m_rng.range(5, 29)), line.amount});
        } else if (roll < 95) {
            payments.append({line.dueOn.addDays(m_rng.range(5, 60)), line.amount});
        } else if (roll < 98) {
            const double first = Fees::roundToOre(line.amount * 0.5);
            payments.append({line.issuedOn.addDays(m_rng.range(5, 29)), first});
            payments.append({line.dueOn.addDays(m_rng.range(10, 90)), Fees::roundToOre(line.amount - first)});
        } // else: never paid
        for (const auto &payment : std::as_const(payments)) {
            if (payment.first > m_today)
                continue;
            FeePayment p;
            p.id = ++m_paymentId;
            p.feeLineId = line.id;
            p.paidOn = payment.first;
            p.amount = payment.second;
            p.note = QStringLiteral("Innbetaling KID %1").arg(line.id * 7 + 1000000);
            p.createdAt = at(payment.first.addDays(1), 8);
            p.createdBy = QStringLiteral("regnskap");
            const Status s = FeeRepository::insertAsIs(db, p);
            if (!s)
                return s;
        }
        return {};
    }

    using Fees = rules::Fees;

    Status writeFeeLine(const QSqlDatabase &db, FeeLine line)
    {
        line.id = ++m_feeLineId;
        line.issuedOn = QDate(line.year, 4, 15);
        line.dueOn = line.issuedOn.addDays(30);
        const Status s = FeeRepository::insertAsIs(db, line);
        if (!s)
            return s;
        ++m_summary.feeLines;
        return writePayments(db, line);
    }

    Status writeReportsAndFees(const QSqlDatabase &db)
    {
        qint64 reportId = 0;
        for (Planned &p : m_planned) {
            const Licence &l = p.licence;
            const rules::FeeKind feeKind = l.kind == LicenceKind::Sale ? rules::FeeKind::Sale : rules::FeeKind::Serving;
            std::optional<GroupLitres> lastExpected;
            for (int year = m_startYear; year <= m_endYear + 1; ++year) {
                const bool needsActual = p.inForceIn(year - 1);
                const bool needsExpected = p.inForceIn(year) && p.to >= QDate(year, 1, 1);
                if (!needsActual && !needsExpected) {
                    lastExpected.reset();
                    continue;
                }
                TurnoverReport r;
                r.id = ++reportId;
                r.licenceId = l.id;
                r.year = year;
                r.requestedOn = QDate(year, 1, 10);
                const bool isNew = !needsActual;
                QDate received = isNew ? std::max(p.from.addDays(-m_rng.range(5, 30)), QDate(year - 1, 10, 1))
                                       : QDate(year, 2, 1).addDays(m_rng.range(0, 34));
                const bool missing = !isNew && m_rng.chance(0.015);
                if (!isNew && !missing && m_rng.chance(0.04))
                    received = QDate(year, 3, 1).addDays(m_rng.range(2, 40)); // late
                if (missing || received > m_today) {
                    if (r.requestedOn > m_today)
                        continue;
                    if (QDate(year, 3, 8) <= m_today)
                        r.reminderSentOn = QDate(year, 3, 8);
                    r.createdAt = at(r.requestedOn, 8);
                    r.updatedAt = at(r.reminderSentOn.isValid() ? r.reminderSentOn : r.requestedOn, 8);
                    const Status s = TurnoverRepository::insertAsIs(db, r);
                    if (!s)
                        return s;
                    ++m_summary.turnoverReports;
                    lastExpected.reset();
                    continue;
                }
                r.receivedOn = received;
                if (isNew)
                    r.requestedOn = QDate();
                if (needsActual)
                    r.actual = p.actual.value(year - 1);
                if (needsExpected) {
                    GroupLitres expected;
                    const GroupLitres basis = needsActual ? *r.actual : p.actual.value(year);
                    for (int g = 0; g < 3; ++g)
                        expected.group[g] = basis.group[g] > 0
                                                ? std::max(0.0, std::round(basis.group[g] * (1.0 + 0.05 * m_rng.normal()) / 100.0) * 100.0)
                                                : 0.0;
                    r.expected = expected;
                }
                r.auditorConfirmed = l.kind == LicenceKind::Sale ? m_rng.chance(0.5) : m_rng.chance(0.2);
                r.createdAt = at(received, 10);
                r.updatedAt = r.createdAt;
                const Status s = TurnoverRepository::insertAsIs(db, r);
                if (!s)
                    return s;
                ++m_summary.turnoverReports;

                // The invoices of the year, issued in April once the reports are in.
                if (QDate(year, 4, 15) <= m_today) {
                    if (r.expected) {
                        if (const std::optional<rules::FeeRates> rates = ratesOf(year)) {
                            const Result<rules::FeeResult> fee = Fees::annualFee(*rates, feeKind, forFee(*r.expected, l.kind));
                            if (fee) {
                                FeeLine line;
                                line.year = year;
                                line.licenceId = l.id;
                                line.kind = FeeLineKind::Provisional;
                                line.basisYear = year;
                                line.litres = r.expected;
                                line.amount = fee->fee;
                                line.minimumApplied = fee->fee > fee->sum;
                                line.basis = basisText(QStringLiteral("Forventet"), year, *r.expected, *fee, *rates, l.kind);
                                const Status w = writeFeeLine(db, line);
                                if (!w)
                                    return w;
                            }
                        }
                    }
                    if (r.actual && lastExpected) {
                        if (const std::optional<rules::FeeRates> rates = ratesOf(year - 1)) {
                            const Result<rules::TrueUp> trueUp = Fees::trueUp(*rates, feeKind, forFee(*lastExpected, l.kind),
                                                                              forFee(*r.actual, l.kind));
                            if (trueUp && std::abs(trueUp->difference) >= 0.005) {
                                FeeLine line;
                                line.year = year;
                                line.licenceId = l.id;
                                line.kind = FeeLineKind::TrueUp;
                                line.basisYear = year - 1;
                                line.litres = r.actual;
                                line.expectedLitres = lastExpected;
                                line.amount = trueUp->difference;
                                line.minimumApplied = trueUp->actual.fee > trueUp->actual.sum;
                                line.basis = basisText(QStringLiteral("Faktisk"), year - 1, *r.actual, trueUp->actual, *rates, l.kind)
                                           + QStringLiteral("; fakturert på forventet %1").arg(formatAmount(trueUp->expected.fee));
                                const Status w = writeFeeLine(db, line);
                                if (!w)
                                    return w;
                            }
                        }
                    }
                }
                lastExpected = r.expected;
            }
        }
        return {};
    }

    Status writeInspectors(const QSqlDatabase &db)
    {
        const int count = std::clamp(m_options.inspections / 2000 + 6, 6, 60);
        static const QStringList companies = words("Nordic Kontroll AS,Skjenkekontrollen Oslo AS,Kontrollørene AS");
        for (int i = 0; i < count; ++i) {
            StoredInspector row;
            row.inspector.id = i + 1;
            row.inspector.name = personName(m_rng);
            row.inspector.organisation = companies.at(i % companies.size());
            row.inspector.knowledgeTestPassed = QDate(m_startYear - 1, 1, 1).addDays(m_rng.range(0, 700));
            row.inspector.active = i < count - 2;
            row.createdAt = at(QDate(m_startYear, 1, 2), 8);
            row.updatedAt = row.createdAt;
            const Status s = InspectorRepository::insertAsIs(db, row);
            if (!s)
                return s;
            m_inspectorIds.append(row.inspector.id);
        }
        return {};
    }

    QString findingCode(bool sale)
    {
        // Weighted by how often each is found in practice.
        static const QStringList serving = words(
            "intoxicated_served,intoxicated_served,intoxicated_served,intoxicated_served,intoxicated_admitted,"
            "intoxicated_admitted,hours,hours,hours,minor,internal_control,internal_control,internal_control,"
            "alcohol_free_alternatives,alcohol_free_alternatives,brought_alcohol,taken_out,taken_out,spirits_measure,"
            "staff_age,licence_conditions,manager_rules,group3_under_20");
        static const QStringList shop = words(
            "minor,minor,minor,hours,hours,intoxicated_served,internal_control,internal_control,placement,placement,"
            "placement,advertising,staff_age");
        return m_rng.pick(sale ? shop : serving);
    }

    static QString findingText(const QString &code)
    {
        static const QHash<QString, QString> texts = {
            {QStringLiteral("intoxicated_served"), QStringLiteral("Gjest med tydelige tegn på beruselse ble servert øl.")},
            {QStringLiteral("intoxicated_admitted"), QStringLiteral("Åpenbart beruset gjest ble sluppet inn og ikke bortvist.")},
            {QStringLiteral("hours"), QStringLiteral("Skjenking pågikk etter skjenketidens slutt.")},
            {QStringLiteral("minor"), QStringLiteral("Mindreårig kontrollør fikk kjøpe uten legitimasjonskontroll.")},
            {QStringLiteral("internal_control"), QStringLiteral("Internkontrollen var ikke oppdatert og ukjent for de ansatte.")},
            {QStringLiteral("alcohol_free_alternatives"), QStringLiteral("Ingen alkoholfrie alternativer på menyen.")},
            {QStringLiteral("brought_alcohol"), QStringLiteral("Gjester drakk medbrakt alkohol i lokalet.")},
            {QStringLiteral("taken_out"), QStringLiteral("Gjester tok med glass ut av skjenkearealet.")},
            {QStringLiteral("spirits_measure"), QStringLiteral("Brennevin skjenket i større mengder enn 4 cl.")},
            {QStringLiteral("staff_age"), QStringLiteral("Skjenkende ansatt var under 18 år.")},
            {QStringLiteral("licence_conditions"), QStringLiteral("Uteserveringen var i bruk utenfor vilkårene.")},
            {QStringLiteral("manager_rules"), QStringLiteral("Verken styrer eller stedfortreder var til stede.")},
            {QStringLiteral("group3_under_20"), QStringLiteral("Brennevin servert til 19 år gammel gjest.")},
            {QStringLiteral("placement"), QStringLiteral("Øl stod plassert ved kassen sammen med godteri.")},
            {QStringLiteral("advertising"), QStringLiteral("Ølreklame i butikkvinduet.")},
        };
        return texts.value(code);
    }

    Status writeInspections(const QSqlDatabase &db)
    {
        const QStringList checklistKeys = InspectionTexts::checklistKeys();
        qint64 inspectionId = 0;
        qint64 findingId = 0;
        qint64 sanctionId = 0;
        qint64 sanctionFindingId = 0;
        const int years = m_endYear - m_startYear + 1;
        InspectionWriter writer(db);
        if (!writer.prepare())
            return makeError(QStringLiteral("io"), SyntheticData::tr("The register could not be saved or read."));
        for (int y = 0; y < years; ++y) {
            const int year = m_startYear + y;
            const int count = m_options.inspections / years + (y < m_options.inspections % years ? 1 : 0);
            int number = 0;
            int sanctionNumber = 0;
            for (int n = 0; n < count; ++n) {
                const QDate date = QDate(year, 1, 1).addDays(m_rng.range(0, QDate(year, 1, 1).daysInYear() - 1));
                const bool sale = !m_saleIndexes.isEmpty() && (m_servingIndexes.isEmpty() || m_rng.chance(0.25));
                const QList<int> &pool = sale ? m_saleIndexes : m_servingIndexes;
                const Planned *place = nullptr;
                for (int attempt = 0; attempt < 8 && !place; ++attempt) {
                    const Planned &candidate = m_planned.at(m_rng.pick(pool));
                    if (candidate.inForce(date))
                        place = &candidate;
                }
                if (!place)
                    continue; // no licence of that kind in force that day
                Inspection in;
                in.id = ++inspectionId;
                in.number = QStringLiteral("K-%1-%2").arg(year).arg(++number, 3, 10, QLatin1Char('0'));
                in.licenceId = place->licence.id;
                in.date = date;
                const bool internalControl = m_rng.chance(0.05);
                if (internalControl) {
                    in.type = rules::InspectionType::InternalControl;
                    in.start = QTime(m_rng.range(9, 14), 0);
                    in.end = in.start.addSecs(3600);
                    in.mode = InspectionMode::Open;
                } else if (sale) {
                    in.type = rules::InspectionType::Sales;
                    in.start = QTime(m_rng.range(10, 20), m_rng.range(0, 3) * 15);
                    in.end = in.start.addSecs(20 * 60);
                    in.mode = m_rng.chance(0.8) ? InspectionMode::Anonymous : InspectionMode::Open;
                } else {
                    in.type = rules::InspectionType::Serving;
                    in.start = QTime(m_rng.range(20, 23), m_rng.range(0, 3) * 15);
                    in.end = in.start.addSecs(m_rng.range(2, 6) * 15 * 60);
                    in.mode = m_rng.chance(0.7) ? InspectionMode::Anonymous : InspectionMode::Open;
                }
                const int first = m_rng.range(0, static_cast<int>(m_inspectorIds.size()) - 1);
                in.inspectorIds = {m_inspectorIds.at(first)};
                if (in.type == rules::InspectionType::Serving)
                    in.inspectorIds.append(m_inspectorIds.at((first + 1 + m_rng.range(0, static_cast<int>(m_inspectorIds.size()) - 2))
                                                             % m_inspectorIds.size()));
                if (in.type == rules::InspectionType::Serving && in.inspectorIds.at(0) == in.inspectorIds.at(1))
                    in.inspectorIds.removeLast();
                in.confirmedSingleInspector = in.type == rules::InspectionType::Serving && in.inspectorIds.size() == 1;

                const bool withFindings = m_rng.chance(0.08);
                QStringList codes;
                if (withFindings) {
                    codes << (internalControl ? QStringLiteral("internal_control") : findingCode(sale));
                    if (m_rng.chance(0.15)) {
                        const QString second = findingCode(sale);
                        if (!codes.contains(second))
                            codes << second;
                    }
                }
                for (const QString &key : checklistKeys) {
                    ChecklistItem item;
                    item.key = key;
                    item.checked = true;
                    for (const QString &code : std::as_const(codes)) {
                        if (code.startsWith(key.left(5))) {
                            item.inOrder = false;
                            item.note = findingText(code);
                        }
                    }
                    in.checklist.append(item);
                }
                for (const QString &code : std::as_const(codes)) {
                    InspectionFinding f;
                    f.id = ++findingId;
                    f.code = code;
                    f.description = findingText(code);
                    if (InspectionTexts::needsSigns(code)) {
                        IntoxicationSigns signs;
                        signs.speech = QStringLiteral("snøvlete tale");
                        signs.balance = QStringLiteral("ustø gange, støttet seg til bardisken");
                        signs.behaviour = QStringLiteral("høylytt og sjenerende");
                        signs.served = QStringLiteral("0,5 l pils");
                        signs.when = in.start.addSecs(15 * 60);
                        f.signs = signs;
                    }
                    in.findings.append(f);
                }
                if (withFindings && date.addDays(3) <= m_today)
                    in.reportSent = date.addDays(m_rng.range(1, 6));
                in.createdAt = QDateTime(date, in.start, Qt::UTC).addSecs(4 * 3600);
                in.updatedAt = in.reportSent.isValid() ? at(in.reportSent, 9) : in.createdAt;
                const Status s = writer.write(in);
                if (!s)
                    return s;
                ++m_summary.inspections;
                m_summary.findings += static_cast<int>(in.findings.size());

                // Most findings that give prikker become a sanction case.
                if (withFindings && in.reportSent.isValid() && m_rng.chance(0.7)) {
                    SanctionCase c;
                    c.id = ++sanctionId;
                    c.number = QStringLiteral("S-%1-%2").arg(year).arg(++sanctionNumber, 3, 10, QLatin1Char('0'));
                    c.licenceId = in.licenceId;
                    for (const InspectionFinding &f : std::as_const(in.findings)) {
                        SanctionFinding sf;
                        sf.id = ++sanctionFindingId;
                        sf.inspectionFindingId = f.id;
                        sf.code = f.code;
                        sf.offenceDate = date;
                        sf.source = in.number;
                        sf.standardPrikker = rules::Findings::find(f.code).value_or(rules::FindingCode{f.code, 0, {}}).prikker;
                        c.findings.append(sf);
                    }
                    c.noticeSent = in.reportSent.addDays(m_rng.range(7, 21));
                    c.responseDeadline = c.noticeSent.addDays(14);
                    const QDate decided = c.responseDeadline.addDays(m_rng.range(3, 20));
                    if (c.noticeSent > m_today) {
                        c.status = SanctionStatus::Proposed;
                        c.noticeSent = QDate();
                        c.responseDeadline = QDate();
                    } else if (decided > m_today) {
                        c.status = SanctionStatus::AdvanceNotice;
                    } else {
                        c.decidedOn = decided;
                        c.decidedBy = QStringLiteral("Saksbehandler skjenkekontroll");
                        c.reference = QStringLiteral("%1/%2").arg(year % 100).arg(1000 + sanctionNumber);
                        c.status = decided.addDays(60) <= m_today ? SanctionStatus::Closed : SanctionStatus::Decided;
                        if (m_rng.chance(0.08)) {
                            c.response = QStringLiteral("Bevillingshaver bestrider kontrollørenes vurdering.");
                            SanctionAppeal appeal;
                            appeal.received = decided.addDays(m_rng.range(5, 20));
                            appeal.grounds = QStringLiteral("Klager mener vedtaket bygger på feil faktum.");
                            if (appeal.received.addDays(60) <= m_today) {
                                appeal.outcomeOn = appeal.received.addDays(60);
                                appeal.overturned = m_rng.chance(0.15);
                            } else {
                                c.status = SanctionStatus::Appealed;
                            }
                            if (appeal.received <= m_today)
                                c.appeal = appeal;
                        }
                    }
                    c.createdAt = at(in.reportSent, 12);
                    c.updatedAt = c.decidedOn.isValid() ? at(c.decidedOn, 12) : c.createdAt;
                    const Status w = SanctionRepository::insertAsIs(db, c);
                    if (!w)
                        return w;
                    ++m_summary.sanctionCases;
                }
            }
        }
        return {};
    }

    const Database &m_db;
    Rng m_rng;
    SyntheticOptions m_options;
    QDate m_today;
    int m_endYear;
    int m_startYear;
    rules::FeeRateTable m_rates;
    QList<Planned> m_planned;
    QList<int> m_saleIndexes;
    QList<int> m_servingIndexes;
    QList<qint64> m_inspectorIds;
    qint64 m_feeLineId = 0;
    qint64 m_paymentId = 0;
    SyntheticSummary m_summary;
};

} // namespace

Result<SyntheticSummary> SyntheticData::populate(const Database &db, const Clock &clock, const SyntheticOptions &options)
{
    if (options.licences < 1 || options.licences > 20000)
        return makeError(QStringLiteral("validation"), tr("The number of licences must be between 1 and 20 000."),
                         QStringLiteral("licences"));
    if (options.years < 1 || options.years > 30)
        return makeError(QStringLiteral("validation"), tr("The number of years must be between 1 and 30."),
                         QStringLiteral("years"));
    if (options.inspections < 0 || options.inspections > 500000)
        return makeError(QStringLiteral("validation"), tr("The number of inspections must be between 0 and 500 000."),
                         QStringLiteral("inspections"));
    if (db.isReadOnly())
        return makeError(QStringLiteral("read_only"), tr("The register is open read-only."), QStringLiteral("register"));
    const Result<int> count = LicenceRepository(db, clock).count();
    if (!count)
        return count.error();
    if (*count > 0)
        return makeError(QStringLiteral("not_empty"),
                         tr("Synthetic data can only be generated into an empty register; this one holds %1 licences.")
                             .arg(*count),
                         QStringLiteral("register"));
    QElapsedTimer timer;
    timer.start();
    Result<SyntheticSummary> summary = Generator(db, clock, options).run();
    if (!summary)
        return summary;
    SyntheticSummary result = *std::move(summary);
    result.milliseconds = timer.elapsed();
    return result;
}

} // namespace bevilling
