#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace bevilling {

// Kinds of licence (rules.md A.2). Keys are stable identifiers used in the database and the
// exchange format; names are what a user sees.
enum class LicenceKind { Sale, Serving, SingleOccasion, Travelling };

// Alcohol groups as a bit mask (rules.md A.1).
enum AlcoholGroup : int { Group1 = 1, Group2 = 2, Group3 = 4 };

enum class PremisesType { Restaurant, Bar, Nightclub, Hotel, Cafe, Shop, EventVenue, Boat, SportsArena, Other };

enum class PersonRole { Manager, Deputy };

// Why a licence was ended before or at its period's end.
enum class EndReason { Surrendered, Revoked, Transferred, Closed, Other };

// Status on a given date, derived from the dates: never stored, so it cannot go stale.
enum class LicenceStatus { Pending, Active, Expired, Ended };

struct Licensee
{
    qint64 id = 0;
    QString name;
    QString orgNumber; // 9 digits, or empty for a private person (single-occasion, travelling)
    QString address;
    QString email;
    QString phone;
};

struct Premises
{
    qint64 id = 0;
    QString name;
    QString address;
    QString postalCode;
    QString postalPlace;
    PremisesType type = PremisesType::Restaurant;
    std::optional<int> capacity;
};

struct Person
{
    qint64 id = 0;
    PersonRole role = PersonRole::Manager;
    QString name;
    QDate birthDate;
    QDate knowledgeTestPassed; // kunnskapsprøven, when recorded

    bool isEmpty() const { return name.trimmed().isEmpty() && !birthDate.isValid() && !knowledgeTestPassed.isValid(); }
};

struct Licence
{
    qint64 id = 0;
    QString number; // the municipality's licence number, unique in a register
    LicenceKind kind = LicenceKind::Serving;
    bool closedParty = false; // serving limited to closed parties (sluttet selskap), also catering
    QString eventName;        // single-occasion and travelling licences: the occasion
    Licensee licensee;
    Premises premises;
    Person manager;
    QList<Person> deputies;
    int groups = Group1;
    bool indoor = true;
    QString indoorDescription;
    bool outdoor = false;
    QString outdoorDescription;
    QDate validFrom;
    QDate validTo;
    QString conditions; // vilkår
    QString notes;
    QDate endedOn;
    std::optional<EndReason> endReason;
    QString endNote;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool isOrdinary() const { return kind == LicenceKind::Sale || kind == LicenceKind::Serving; }
    bool isServingKind() const { return kind != LicenceKind::Sale; }
    bool isEnded() const { return endedOn.isValid(); }
    LicenceStatus statusOn(const QDate &date) const;
    // Managers and deputies in order: the manager first (if any), then the deputies.
    QList<Person> people() const;
};

// Display names and stable keys. Keys never change; names are translated.
class DomainTexts
{
    Q_DECLARE_TR_FUNCTIONS(DomainTexts)
public:
    static QString kindKey(LicenceKind kind);
    static std::optional<LicenceKind> kindFromKey(const QString &key);
    static QString kindName(LicenceKind kind);
    static QList<LicenceKind> allKinds();

    static QString premisesTypeKey(PremisesType type);
    static std::optional<PremisesType> premisesTypeFromKey(const QString &key);
    static QString premisesTypeName(PremisesType type);
    static QList<PremisesType> allPremisesTypes();

    static QString roleKey(PersonRole role);
    static std::optional<PersonRole> roleFromKey(const QString &key);
    static QString roleName(PersonRole role);

    static QString endReasonKey(EndReason reason);
    static std::optional<EndReason> endReasonFromKey(const QString &key);
    static QString endReasonName(EndReason reason);
    static QList<EndReason> allEndReasons();

    static QString statusKey(LicenceStatus status);
    static std::optional<LicenceStatus> statusFromKey(const QString &key);
    static QString statusName(LicenceStatus status);
    static QList<LicenceStatus> allStatuses();

    // "1", "1+2", "1+2+3" (empty string for no groups).
    static QString groupsText(int groups);
    // Inverse of groupsText; nullopt for anything malformed.
    static std::optional<int> groupsFromText(const QString &text);
    static QList<int> groupList(int groups);
};

// Norwegian presentation of dates and amounts: dd.mm.yyyy and "kr 20 326,00".
QString formatDate(const QDate &date);
QString formatDateTime(const QDateTime &dateTime);
QString formatAmount(double kroner);

} // namespace bevilling
