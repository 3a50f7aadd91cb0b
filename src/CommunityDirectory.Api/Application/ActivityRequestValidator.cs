using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace SocialPrescribing.CommunityDirectory.Application;

/// <summary>Checks an activity request field by field and turns it into <see cref="ActivityDetails"/>.</summary>
public sealed partial class ActivityRequestValidator(DirectoryContext db, TaxonomyCatalog taxonomy)
{
    public const int MaxAge = 120;
    public const int MaxPlaces = 100_000;
    private const int MaxSchedules = 20;

    public async Task<(ActivityDetails? Details, FieldErrors Errors)> ValidateAsync(
        Guid organisationId, ActivityRequest request, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var terms = await taxonomy.GetAsync(cancellationToken);

        var name = errors.Required("name", request.Name, FieldLimits.Name, "the activity's name");
        var description = errors.MaxLength("description", request.Description, FieldLimits.Description, "the description") ?? "";
        var url = errors.Url("url", request.Url);
        var email = errors.Email("email", request.Email);
        var needs = Terms(errors, terms, "needs", TaxonomyCodes.Needs, request.Needs);
        var activityTypes = Terms(errors, terms, "activityTypes", TaxonomyCodes.ActivityTypes, request.ActivityTypes);
        Ages(errors, request.MinimumAge, request.MaximumAge);
        var whoItIsFor = errors.MaxLength("whoItIsFor", request.WhoItIsFor, FieldLimits.Text, "who it is for");
        var areaServed = errors.MaxLength("areaServed", request.AreaServed, FieldLimits.Text, "the area served");
        var costOptions = CostOptions(errors, request.CostOptions);
        var languages = Languages(errors, request.Languages);
        var accessibility = Accessibility(errors, request.AccessibilityFeatures);
        Places(errors, "totalPlaces", request.TotalPlaces);
        var contact = request.Contact ?? new ContactRequest(null, null, null);
        var contactName = errors.MaxLength("contact.name", contact.Name, FieldLimits.Short, "the contact's name");
        var contactEmail = errors.Email("contact.email", contact.Email);
        var contactPhone = errors.MaxLength("contact.phone", contact.Phone, FieldLimits.Phone, "the phone number");
        var locationIds = await LocationsAsync(errors, organisationId, request.LocationIds, cancellationToken);
        var schedules = Schedules(errors, request.Schedules);

        if (errors.Any)
        {
            return (null, errors);
        }
        return (new ActivityDetails(
            name, description, url, email, needs, activityTypes, request.MinimumAge, request.MaximumAge, whoItIsFor, areaServed,
            costOptions, languages, accessibility, request.ReferralMode ?? ReferralMode.SignpostOnly, request.CapacityBasis ?? CapacityBasis.Overall,
            contactName, contactEmail, contactPhone, locationIds, schedules), errors);
    }

    /// <summary>A number of places: none below zero, none absurd.</summary>
    public static void Places(FieldErrors errors, string field, int? places)
    {
        if (places is < 0)
        {
            errors.Add(field, "The number of places cannot be negative; leave it out if the activity takes everyone who comes.");
        }
        else if (places > MaxPlaces)
        {
            errors.Add(field, $"The number of places must be {MaxPlaces:N0} or fewer.");
        }
    }

    private static List<Guid> Terms(FieldErrors errors, TaxonomySnapshot terms, string field, string taxonomyCode, IReadOnlyList<string>? codes)
    {
        var found = new List<Guid>();
        var list = errors.List(field, codes);
        for (var i = 0; i < list.Count; i++)
        {
            if (terms.FindIn(taxonomyCode, list[i] ?? "") is { } term)
            {
                found.Add(term.Id);
            }
            else
            {
                errors.Add($"{field}[{i}]", $"'{list[i]}' is not a term of the '{taxonomyCode}' taxonomy; see GET /taxonomy_terms.");
            }
        }
        return found.Distinct().ToList();
    }

    private static void Ages(FieldErrors errors, int? minimum, int? maximum)
    {
        foreach (var (field, age) in new[] { ("minimumAge", minimum), ("maximumAge", maximum) })
        {
            if (age is < 0 or > MaxAge)
            {
                errors.Add(field, $"Give an age from 0 to {MaxAge}.");
            }
        }
        if (minimum > maximum)
        {
            errors.Add("maximumAge", "The maximum age must be the same as or more than the minimum age.");
        }
    }

    private static List<CostOption> CostOptions(FieldErrors errors, IReadOnlyList<CostOptionRequest>? requests)
    {
        var options = new List<CostOption>();
        var list = errors.List("costOptions", requests);
        for (var i = 0; i < list.Count; i++)
        {
            var field = $"costOptions[{i}]";
            var request = list[i];
            var option = errors.Required($"{field}.option", request.Option, FieldLimits.Short, "what the price is for (e.g. \"per session\")");
            var description = errors.MaxLength($"{field}.amountDescription", request.AmountDescription, FieldLimits.Text, "the price description");
            var currency = request.Currency?.Trim().ToUpperInvariant();
            if (request.Amount is < 0)
            {
                errors.Add($"{field}.amount", "A price cannot be negative.");
            }
            if (request.Amount is not null && string.IsNullOrEmpty(currency))
            {
                errors.Add($"{field}.currency", "Give the currency of the amount as an ISO 4217 code, e.g. GBP.");
            }
            else if (!string.IsNullOrEmpty(currency) && !CurrencyPattern().IsMatch(currency))
            {
                errors.Add($"{field}.currency", "Give the currency as a three-letter ISO 4217 code, e.g. GBP.");
            }
            options.Add(new CostOption(option, request.Amount, string.IsNullOrEmpty(currency) ? null : currency, description));
        }
        return options;
    }

    private static List<string> Languages(FieldErrors errors, IReadOnlyList<string>? codes)
    {
        var list = errors.List("languages", codes);
        for (var i = 0; i < list.Count; i++)
        {
            if (!LanguagePattern().IsMatch(list[i]?.Trim().ToLowerInvariant() ?? ""))
            {
                errors.Add($"languages[{i}]", $"'{list[i]}' is not an ISO 639 language code such as \"en\", \"pl\" or \"bfi\" (British Sign Language).");
            }
        }
        return list.OfType<string>().Select(c => c.Trim().ToLowerInvariant()).Distinct().ToList();
    }

    private static List<string> Accessibility(FieldErrors errors, IReadOnlyList<string>? codes)
    {
        var list = errors.List("accessibilityFeatures", codes);
        for (var i = 0; i < list.Count; i++)
        {
            if (!AccessibilityFeatures.IsKnown(list[i] ?? ""))
            {
                errors.Add($"accessibilityFeatures[{i}]", $"'{list[i]}' is not a known feature; use one of: {string.Join(", ", AccessibilityFeatures.Descriptions.Keys)}.");
            }
        }
        return list.OfType<string>().Distinct().ToList();
    }

    private async Task<List<Guid>> LocationsAsync(FieldErrors errors, Guid organisationId, IReadOnlyList<Guid>? requested, CancellationToken cancellationToken)
    {
        var list = errors.List("locationIds", requested);
        var owned = await db.Locations.Where(l => l.OrganisationId == organisationId && list.Contains(l.Id)).Select(l => l.Id).ToListAsync(cancellationToken);
        for (var i = 0; i < list.Count; i++)
        {
            if (!owned.Contains(list[i]))
            {
                errors.Add($"locationIds[{i}]", $"Your organisation has no location {list[i]}; create it with POST /api/locations first.");
            }
        }
        return list.Distinct().ToList();
    }

    private static List<ScheduleDetails> Schedules(FieldErrors errors, IReadOnlyList<ScheduleRequest>? requests)
    {
        var list = errors.List("schedules", requests, MaxSchedules);
        var schedules = new List<ScheduleDetails>();
        for (var i = 0; i < list.Count; i++)
        {
            if (Schedule(errors, $"schedules[{i}]", list[i]) is { } schedule)
            {
                schedules.Add(schedule);
            }
        }
        return schedules;
    }

    private static ScheduleDetails? Schedule(FieldErrors errors, string field, ScheduleRequest request)
    {
        var byDay = (request.ByDay ?? []).Select(d => d?.Trim().ToUpperInvariant() ?? "").ToList();
        var byMonthDay = request.ByMonthDay ?? [];
        var valid = true;
        void Fail(string name, string message)
        {
            errors.Add($"{field}.{name}", message);
            valid = false;
        }

        if (request.Interval is < 1 or > 52)
        {
            Fail("interval", "Give an interval from 1 to 52 (e.g. 2 for every other week).");
        }
        switch (request.Frequency)
        {
            case null:
                Fail("frequency", "Say whether the activity runs weekly, monthly or once.");
                break;
            case ScheduleFrequency.Weekly:
                if (byDay.Count == 0 || byDay.Any(d => !WeekdayPattern().IsMatch(d)))
                {
                    Fail("byDay", "Give the days it runs as two-letter codes: MO, TU, WE, TH, FR, SA, SU.");
                }
                break;
            case ScheduleFrequency.Monthly:
                if (byDay.Count == 0 && byMonthDay.Count == 0)
                {
                    Fail("byDay", "Give the days it runs, e.g. \"1TU\" for the first Tuesday, or the days of the month in byMonthDay.");
                }
                if (byDay.Any(d => !MonthlyDayPattern().IsMatch(d)))
                {
                    Fail("byDay", "Give days like \"TU\", \"1TU\" (first Tuesday) or \"-1FR\" (last Friday).");
                }
                if (byMonthDay.Any(d => d is 0 or < -1 or > 31))
                {
                    Fail("byMonthDay", "Give days of the month from 1 to 31, or -1 for the last day.");
                }
                break;
            case ScheduleFrequency.Once:
                if (request.Date is null)
                {
                    Fail("date", "Give the date of the session.");
                }
                break;
        }
        if (request.ValidFrom is { } from && request.ValidTo is { } to && to < from)
        {
            Fail("validTo", "The schedule cannot end before it starts: validTo must be on or after validFrom.");
        }
        if (request.OpensAt is null)
        {
            Fail("opensAt", "Give the time the session starts, e.g. \"10:00\".");
        }
        if (request.ClosesAt is null)
        {
            Fail("closesAt", "Give the time the session ends, e.g. \"12:00\".");
        }
        else if (request.OpensAt is { } opens && request.ClosesAt <= opens)
        {
            Fail("closesAt", "The session must end after it starts.");
        }
        var description = errors.MaxLength($"{field}.description", request.Description, FieldLimits.Text, "the schedule description");

        return valid && request.Frequency is { } frequency
            ? new ScheduleDetails(frequency, request.Interval ?? 1, byDay, byMonthDay, request.ValidFrom, request.ValidTo,
                request.Date, request.OpensAt!.Value, request.ClosesAt!.Value, description)
            : null;
    }

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyPattern();

    [GeneratedRegex("^[a-z]{2,3}$")]
    private static partial Regex LanguagePattern();

    [GeneratedRegex("^(MO|TU|WE|TH|FR|SA|SU)$")]
    private static partial Regex WeekdayPattern();

    [GeneratedRegex("^(-1|[1-5])?(MO|TU|WE|TH|FR|SA|SU)$")]
    private static partial Regex MonthlyDayPattern();
}
