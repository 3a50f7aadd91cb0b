using System.Text.RegularExpressions;
using SocialPrescribing.ReferenceData;
using SocialPrescribing.Seeds.Model;

namespace SocialPrescribing.Seeds;

/// <summary>
/// Checks that the seed files hang together: ids unique, every reference resolves to the right kind of thing,
/// and values are in range. Collects every problem, so one run shows them all.
/// </summary>
internal static partial class SeedCatalogValidator
{
    public static IReadOnlyList<string> Validate(SeedCatalog catalog)
    {
        var problems = new List<string>();
        var context = new Context(catalog, problems);
        CheckTaxonomy(context);
        CheckOrganisations(context);
        CheckActivities(context);
        CheckVolunteers(context);
        CheckUsers(context);
        CheckPeople(context);
        return problems;
    }

    private static void CheckTaxonomy(Context c)
    {
        const string where = TaxonomyDefinition.FileName;
        Index(c.Catalog.Terms.Select(t => t.Code), where, "term code", c.Problems);
        foreach (var term in c.Catalog.Terms)
        {
            var who = $"{where}: term '{term.Id}'";
            if (!c.Vocabularies.ContainsKey(term.Vocabulary))
            {
                c.Problems.Add($"{who}: vocabulary '{term.Vocabulary}' does not exist.");
            }
            if (term.ParentId is null)
            {
                continue;
            }
            if (!c.TermsById.TryGetValue(term.ParentId, out var parent))
            {
                c.Problems.Add($"{who}: parent '{term.ParentId}' does not exist.");
            }
            else if (parent.Vocabulary != term.Vocabulary)
            {
                c.Problems.Add($"{who}: parent '{parent.Id}' is in vocabulary '{parent.Vocabulary}', not '{term.Vocabulary}'.");
            }
            else if (parent.ParentId is not null)
            {
                // Two levels are all the pickers show; deeper trees would also need a cycle check.
                c.Problems.Add($"{who}: parent '{parent.Id}' has a parent itself; terms nest one level only.");
            }
        }
    }

    private static void CheckOrganisations(Context c)
    {
        foreach (var organisation in c.Catalog.Organisations)
        {
            var who = $"{SeedCatalog.OrganisationsFile}: organisation '{organisation.Id}'";
            c.Check(organisation.CharityNumber is null || SevenDigits().IsMatch(organisation.CharityNumber), $"{who}: a charity number has seven digits.");
            c.Check(Uri.IsWellFormedUriString(organisation.Website, UriKind.Absolute), $"{who}: website '{organisation.Website}' is not an absolute URL.");
        }
    }

    private static void CheckActivities(Context c)
    {
        const string where = SeedCatalog.ActivitiesFile;
        foreach (var location in c.Catalog.Locations)
        {
            var who = $"{where}: location '{location.Id}'";
            c.Reference(c.Organisations, location.OrganisationId, who, "organisation");
            c.Check(Postcodes.IsWellFormed(location.Postcode), $"{who}: '{location.Postcode}' is not a full postcode such as 'WV1 1AA'.");
        }
        foreach (var activity in c.Catalog.Activities)
        {
            var who = $"{where}: activity '{activity.Id}'";
            c.Reference(c.Organisations, activity.OrganisationId, who, "organisation");
            c.Terms(activity.NeedTermIds, Vocabularies.Needs, who);
            c.Terms(activity.ActivityTypeTermIds, Vocabularies.ActivityTypes, who);
            c.Check(activity.NeedTermIds.Count > 0 && activity.ActivityTypeTermIds.Count > 0, $"{who}: needs at least one need term and one activity type.");
            foreach (var locationId in activity.LocationIds)
            {
                c.Reference(c.Locations, locationId, who, "location");
            }
            c.Districts(activity.AreaServed, who);
            c.Languages(activity.Languages, who);
            c.Accessibility(activity.AccessibilityFeatures, who);
            CheckEligibility(c, activity.Eligibility, who);
            CheckCost(c, activity.Cost, who);
            c.Check(activity.Capacity is null || activity.Capacity.Places > 0, $"{who}: capacity must be at least one place (leave it out when everyone who comes is taken).");
            c.Check(activity.Schedules.Count > 0, $"{who}: needs at least one schedule.");
            foreach (var schedule in activity.Schedules)
            {
                CheckSchedule(c, schedule, who);
            }
        }
    }

    private static void CheckEligibility(Context c, EligibilitySeed eligibility, string who)
    {
        c.Check(eligibility.MinAge is null or >= 0 and <= 120 && eligibility.MaxAge is null or >= 0 and <= 120, $"{who}: ages must be 0 to 120.");
        c.Check(eligibility.MinAge is null || eligibility.MaxAge is null || eligibility.MinAge <= eligibility.MaxAge, $"{who}: minimum age is above maximum age.");
    }

    private static void CheckCost(Context c, CostSeed cost, string who)
    {
        if (cost.Free)
        {
            c.Check(cost.Amount is null, $"{who}: a free activity has no amount.");
            return;
        }
        c.Check(cost.Amount > 0, $"{who}: a charged activity needs an amount above zero.");
        c.Check(cost.Currency == "GBP", $"{who}: amounts are in GBP.");
        c.Check(!string.IsNullOrWhiteSpace(cost.Per), $"{who}: say what the amount is per (session, course, ...).");
    }

    private static void CheckSchedule(Context c, ScheduleSeed schedule, string who)
    {
        c.Check(schedule.OpensAt < schedule.ClosesAt, $"{who}: a session opening at {schedule.OpensAt} must close after it, not at {schedule.ClosesAt}.");
        c.Check(schedule.Interval >= 1, $"{who}: schedule interval must be at least 1.");
        var byDay = schedule.ByDay ?? [];
        switch (schedule.Freq)
        {
            case ScheduleFrequency.Once:
                c.Check(schedule.Date is not null && byDay.Count == 0 && schedule.ValidFrom is null && schedule.ValidTo is null,
                    $"{who}: a ONCE schedule has a date and no BYDAY or validity range.");
                break;
            case ScheduleFrequency.Weekly:
                c.Check(byDay.Count > 0 && byDay.All(Weekdays.IsCode), $"{who}: WEEKLY BYDAY must list weekdays such as \"TU\", not [{string.Join(",", byDay)}].");
                break;
            case ScheduleFrequency.Monthly:
                c.Check(byDay.Count > 0 && byDay.All(d => MonthlyByDay().IsMatch(d)), $"{who}: MONTHLY BYDAY must be like \"2WE\" or \"-1FR\", not [{string.Join(",", byDay)}].");
                break;
        }
        if (schedule.Freq != ScheduleFrequency.Once)
        {
            c.Check(schedule.Date is null && schedule.ValidFrom is not null, $"{who}: a repeating schedule has a validFrom date and no single date.");
            c.Check(schedule.ValidTo is null || schedule.ValidFrom <= schedule.ValidTo, $"{who}: schedule validTo is before validFrom.");
        }
    }

    private static void CheckVolunteers(Context c)
    {
        foreach (var volunteer in c.Catalog.Volunteers)
        {
            var who = $"{SeedCatalog.VolunteersFile}: volunteer '{volunteer.Id}'";
            foreach (var organisationId in volunteer.OrganisationIds)
            {
                c.Reference(c.Organisations, organisationId, who, "organisation");
            }
            c.Terms(volunteer.InterestTermIds, vocabulary: null, who);
            c.Districts([volunteer.PostcodeDistrict], who);
            c.Languages(volunteer.Languages, who);
            c.Availability(volunteer.Availability, who);
            c.Check(volunteer.Roles.Count > 0, $"{who}: needs at least one role.");
            c.Check(volunteer.CaseloadLimit >= 0, $"{who}: caseload limit cannot be negative.");
            if (volunteer.Dbs is { } dbs)
            {
                c.Check(dbs.IssuedOn < dbs.RenewBy, $"{who}: DBS renewal date must be after its issue date.");
                c.Check(TwelveDigits().IsMatch(dbs.CertificateNumber), $"{who}: a DBS certificate number has twelve digits.");
            }
            foreach (var training in volunteer.Trainings)
            {
                c.Check(training.ValidUntil is null || training.CompletedOn < training.ValidUntil, $"{who}: training '{training.Code}' expires before it was completed.");
            }
        }
    }

    private static void CheckUsers(Context c)
    {
        foreach (var team in c.Catalog.Teams)
        {
            c.Districts(team.Districts, $"{SeedCatalog.UsersFile}: team '{team.Id}'");
        }
        foreach (var user in c.Catalog.Users)
        {
            var who = $"{SeedCatalog.UsersFile}: user '{user.UserName}'";
            var needsTeam = user.Role is UserRole.LinkWorker or UserRole.TeamLead;
            var needsOrganisation = user.Role is UserRole.VcseStaff or UserRole.VcseManager;
            var isVolunteer = user.Role is UserRole.Volunteer;
            c.Check(needsTeam == (user.TeamId is not null), $"{who}: a team is given exactly for link workers and team leads.");
            c.Check(needsOrganisation == (user.OrganisationId is not null), $"{who}: an organisation is given exactly for VCSE staff and managers.");
            c.Check(isVolunteer == (user.VolunteerId is not null), $"{who}: a volunteer id is given exactly for volunteers.");
            c.Reference(c.Teams, user.TeamId, who, "team");
            c.Reference(c.Organisations, user.OrganisationId, who, "organisation");
            c.Reference(c.Volunteers, user.VolunteerId, who, "volunteer");
        }
    }

    private static void CheckPeople(Context c)
    {
        foreach (var person in c.Catalog.People)
        {
            var who = $"{SeedCatalog.PeopleFile}: person '{person.Id}'";
            c.Check(person.NhsNumber is null || NhsNumbers.IsInTestRange(person.NhsNumber),
                $"{who}: NHS number {person.NhsNumber} must be from the 999 test range and pass the modulus 11 check.");
            c.Check(Postcodes.IsWellFormed(person.Postcode), $"{who}: '{person.Postcode}' is not a full postcode such as 'WV1 1AA'.");
            c.Terms(person.NeedTermIds, Vocabularies.Needs, who);
            c.Terms(person.InterestTermIds, vocabulary: null, who);
            c.Languages(person.Languages, who);
            c.Accessibility(person.AccessibilityNeeds, who);
            c.Availability(person.Availability, who);
            foreach (var referral in person.Referrals)
            {
                CheckReferral(c, referral, $"{who}, referral '{referral.Id}'");
            }
        }
    }

    private static void CheckReferral(Context c, ReferralSeed referral, string who)
    {
        c.Reference(c.Teams, referral.TeamId, who, "team");
        if (referral.LinkWorker is not null && c.Users.TryGetValue(referral.LinkWorker, out var user))
        {
            c.Check(user.Role is UserRole.LinkWorker or UserRole.TeamLead && user.TeamId == referral.TeamId,
                $"{who}: '{referral.LinkWorker}' is not a link worker of team '{referral.TeamId}'.");
        }
        else
        {
            c.Reference(c.Users, referral.LinkWorker, who, "link worker");
        }
        c.Check(referral.Status == ReferralStatus.Received || referral.LinkWorker is not null, $"{who}: only a received referral may be without a link worker.");
        c.Check(referral.Referrer is not null || referral.Source == ReferralSource.SelfReferral, $"{who}: a referral from {referral.Source.Code()} needs a referrer.");
        c.Check((referral.Status == ReferralStatus.Closed) == (referral.ClosureReason is not null), $"{who}: a closure reason is given exactly when the referral is closed.");
        foreach (var connection in referral.Connections)
        {
            var target = connection.ActivityId ?? connection.VolunteerId;
            c.Check((connection.ActivityId is null) != (connection.VolunteerId is null), $"{who}: a connection is to one activity or one volunteer.");
            c.Reference(c.Activities, connection.ActivityId, who, "activity");
            c.Reference(c.Volunteers, connection.VolunteerId, who, "volunteer");
            c.Check(connection.Status is not (ConnectionStatus.Declined or ConnectionStatus.DroppedOut) || !string.IsNullOrWhiteSpace(connection.Reason),
                $"{who}: the {connection.Status.Code()} connection to '{target}' needs a reason.");
            c.Check(connection.RequestedOn >= referral.ReceivedOn, $"{who}: the connection to '{target}' is dated before the referral arrived.");
        }
        foreach (var measurement in referral.Wellbeing)
        {
            var ons4 = measurement.Ons4;
            c.Check(new[] { ons4.LifeSatisfaction, ons4.Worthwhile, ons4.Happiness, ons4.Anxiety }.All(score => score is >= 0 and <= 10),
                $"{who}: ONS4 scores are 0 to 10.");
            c.Check(measurement.Swemwbs is null or >= 7 and <= 35, $"{who}: a SWEMWBS total is 7 to 35.");
            c.Check(measurement.Stage is "baseline" or "follow-up", $"{who}: a wellbeing stage is 'baseline' or 'follow-up'.");
        }
    }

    private static Dictionary<string, T> Index<T>(IEnumerable<T> items, Func<T, string> id, string where, string kind, List<string> problems)
    {
        var index = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!index.TryAdd(id(item), item))
            {
                problems.Add($"{where}: {kind} '{id(item)}' appears more than once.");
            }
        }
        return index;
    }

    private static void Index(IEnumerable<string> ids, string where, string kind, List<string> problems) =>
        Index(ids, id => id, where, kind, problems);

    [GeneratedRegex("^[0-9]{7}$")]
    private static partial Regex SevenDigits();

    [GeneratedRegex("^[0-9]{12}$")]
    private static partial Regex TwelveDigits();

    [GeneratedRegex("^-?[1-5](MO|TU|WE|TH|FR|SA|SU)$")]
    private static partial Regex MonthlyByDay();

    [GeneratedRegex("^[a-z]{2,3}$")]
    private static partial Regex LanguageCode();

    /// <summary>The catalog indexed by id, and the checks that several parts share.</summary>
    private sealed class Context(SeedCatalog catalog, List<string> problems)
    {
        public SeedCatalog Catalog { get; } = catalog;
        public List<string> Problems { get; } = problems;
        public Dictionary<string, VocabularyDefinition> Vocabularies { get; } = Index(catalog.Vocabularies, v => v.Id, TaxonomyDefinition.FileName, "vocabulary", problems);
        public Dictionary<string, TermDefinition> TermsById { get; } = Index(catalog.Terms, t => t.Id, TaxonomyDefinition.FileName, "term", problems);
        public Dictionary<string, OrganisationSeed> Organisations { get; } = Index(catalog.Organisations, o => o.Id, SeedCatalog.OrganisationsFile, "organisation", problems);
        public Dictionary<string, LocationSeed> Locations { get; } = Index(catalog.Locations, l => l.Id, SeedCatalog.ActivitiesFile, "location", problems);
        public Dictionary<string, ActivitySeed> Activities { get; } = Index(catalog.Activities, a => a.Id, SeedCatalog.ActivitiesFile, "activity", problems);
        public Dictionary<string, VolunteerSeed> Volunteers { get; } = Index(catalog.Volunteers, v => v.Id, SeedCatalog.VolunteersFile, "volunteer", problems);
        public Dictionary<string, TeamSeed> Teams { get; } = Index(catalog.Teams, t => t.Id, SeedCatalog.UsersFile, "team", problems);
        public Dictionary<string, UserSeed> Users { get; } = Index(catalog.Users, u => u.UserName, SeedCatalog.UsersFile, "user", problems);
        public Dictionary<string, PersonSeed> People { get; } = Index(catalog.People, p => p.Id, SeedCatalog.PeopleFile, "person", problems);
        public Dictionary<string, ReferralSeed> Referrals { get; } = Index(catalog.Referrals, r => r.Id, SeedCatalog.PeopleFile, "referral", problems);

        public void Check(bool condition, string problem)
        {
            if (!condition)
            {
                Problems.Add(problem);
            }
        }

        /// <summary>A null id refers to nothing and is fine; whether it may be null is the caller's rule.</summary>
        public void Reference<T>(Dictionary<string, T> index, string? id, string who, string kind) =>
            Check(id is null || index.ContainsKey(id), $"{who}: {kind} '{id}' does not exist.");

        /// <param name="vocabulary">The vocabulary the terms must come from; null for any.</param>
        public void Terms(IEnumerable<string> termIds, string? vocabulary, string who)
        {
            foreach (var termId in termIds)
            {
                if (!TermsById.TryGetValue(termId, out var term))
                {
                    Problems.Add($"{who}: term '{termId}' does not exist.");
                }
                else if (vocabulary is not null && term.Vocabulary != vocabulary)
                {
                    Problems.Add($"{who}: term '{termId}' is in vocabulary '{term.Vocabulary}', expected '{vocabulary}'.");
                }
            }
        }

        public void Districts(IEnumerable<string> districts, string who)
        {
            foreach (var district in districts.Where(d => !ReferenceData.PostcodeDistrictKey.IsWellFormed(d)))
            {
                Problems.Add($"{who}: '{district}' is not a postcode district such as 'WV14'.");
            }
        }

        public void Languages(IReadOnlyList<string> languages, string who)
        {
            Check(languages.Count > 0, $"{who}: needs at least one language.");
            foreach (var language in languages.Where(l => !LanguageCode().IsMatch(l)))
            {
                Problems.Add($"{who}: language '{language}' is not a lower-case ISO 639 code such as 'en' or 'bfi'.");
            }
        }

        public void Accessibility(IEnumerable<string> codes, string who)
        {
            foreach (var code in codes.Where(code => !AccessibilityCodes.All.Contains(code)))
            {
                Problems.Add($"{who}: accessibility code '{code}' is not one of {string.Join(", ", AccessibilityCodes.All)}.");
            }
        }

        public void Availability(IEnumerable<AvailabilitySlot> slots, string who)
        {
            foreach (var slot in slots)
            {
                Check(Weekdays.IsCode(slot.Day), $"{who}: availability day '{slot.Day}' is not one of {string.Join(", ", Weekdays.Codes)}.");
                Check(slot.Start < slot.End, $"{who}: availability on {slot.Day} ends before it starts.");
            }
        }
    }
}
