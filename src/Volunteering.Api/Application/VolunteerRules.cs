using System.Text.RegularExpressions;
using SocialPrescribing.Volunteering.Domain.Validation;

namespace SocialPrescribing.Volunteering.Application;

/// <summary>What a volunteer's profile, availability and checks must look like; errors are named by the request's JSON path.</summary>
public static partial class VolunteerRules
{
    public const int MaxNameLength = 200;
    public const int MaxContactLength = 200;
    public const int MaxCodeLength = 60;
    public const int MaxListLength = 50;
    public const int MaxCaseload = 50;

    public static void CheckProfile(FieldErrors errors, VolunteerProfileRequest? profile, string prefix)
    {
        if (profile is null)
        {
            errors.Add(prefix.TrimEnd('.'), "The profile is required.");
            return;
        }
        CheckText(errors, prefix + "firstName", profile.FirstName, MaxNameLength, required: true);
        CheckText(errors, prefix + "lastName", profile.LastName, MaxNameLength, required: true);
        CheckText(errors, prefix + "email", profile.Email, MaxContactLength, required: false);
        CheckText(errors, prefix + "phone", profile.Phone, MaxContactLength, required: false);
        if (profile.PostcodeDistrict is null || !PostcodeDistrict().IsMatch(profile.PostcodeDistrict.Trim().ToUpperInvariant()))
        {
            errors.Add(prefix + "postcodeDistrict", "A postcode district (the part before the space, e.g. \"WV10\") is required.");
        }
        CheckCodes(errors, prefix + "languages", profile.Languages);
        CheckCodes(errors, prefix + "skills", profile.Skills);
        CheckCodes(errors, prefix + "interestTermIds", profile.InterestTermIds);
        CheckCodes(errors, prefix + "roles", profile.Roles);
        for (var i = 0; i < (profile.Roles?.Count ?? 0); i++)
        {
            if (!VolunteerRoles.IsKnown(profile.Roles![i]))
            {
                errors.Add($"{prefix}roles[{i}]", $"Unknown role; one of: {string.Join(", ", VolunteerRoles.All)}.");
            }
        }
        if (profile.MaxTravelKm is < 0 or > 500)
        {
            errors.Add(prefix + "maxTravelKm", "Must be between 0 and 500 km.");
        }
    }

    public static void CheckAvailability(FieldErrors errors, AvailabilityRequest? availability, string prefix)
    {
        if (availability is null)
        {
            errors.Add(prefix.TrimEnd('.'), "Availability (slots and caseloadLimit) is required.");
            return;
        }
        if (availability.CaseloadLimit is not { } limit || limit < 0 || limit > MaxCaseload)
        {
            errors.Add(prefix + "caseloadLimit", $"How many people the volunteer can support at once, from 0 to {MaxCaseload}, is required.");
        }
        var slots = availability.Slots ?? [];
        if (slots.Count > MaxListLength) errors.Add(prefix + "slots", $"At most {MaxListLength} slots.");
        for (var i = 0; i < slots.Count; i++)
        {
            if (slots[i] is null || slots[i].End <= slots[i].Start)
            {
                errors.Add($"{prefix}slots[{i}]", "A slot needs a day and a start before its end.");
            }
        }
    }

    public static void CheckQualifications(FieldErrors errors, QualificationsRequest request)
    {
        if (request.Dbs is { } dbs)
        {
            if (dbs.Level is null) errors.Add("dbs.level", "The DBS level is required.");
            if (dbs.CertificateNumber is null || !CertificateNumber().IsMatch(dbs.CertificateNumber))
            {
                errors.Add("dbs.certificateNumber", "The twelve-digit certificate number is required.");
            }
            if (dbs.IssuedOn is null) errors.Add("dbs.issuedOn", "The date the certificate was issued is required.");
            if (dbs.RenewBy is null) errors.Add("dbs.renewBy", "The date by which the check must be renewed is required.");
            else if (dbs.RenewBy <= dbs.IssuedOn) errors.Add("dbs.renewBy", "Must be after the issue date.");
        }
        var trainings = request.Trainings ?? [];
        if (trainings.Count > MaxListLength) errors.Add("trainings", $"At most {MaxListLength} trainings.");
        for (var i = 0; i < trainings.Count; i++)
        {
            var training = trainings[i];
            var field = $"trainings[{i}]";
            CheckText(errors, field + ".code", training.Code, MaxCodeLength, required: true);
            if (trainings.Take(i).Any(t => t.Code == training.Code)) errors.Add(field + ".code", "Each training code appears once.");
            CheckText(errors, field + ".name", training.Name, MaxNameLength, required: true);
            if (training.CompletedOn is null) errors.Add(field + ".completedOn", "The completion date is required.");
            if (training.ValidUntil < training.CompletedOn) errors.Add(field + ".validUntil", "Must not be before the completion date.");
        }
    }

    private static void CheckText(FieldErrors errors, string field, string? value, int maxLength, bool required)
    {
        if (required) errors.RequireText(field, value, "Required.");
        if (value?.Trim().Length > maxLength) errors.Add(field, $"Must be at most {maxLength} characters.");
    }

    private static void CheckCodes(FieldErrors errors, string field, List<string>? values)
    {
        if (values is null) return;
        if (values.Count > MaxListLength) errors.Add(field, $"At most {MaxListLength} entries.");
        for (var i = 0; i < values.Count; i++)
        {
            CheckText(errors, $"{field}[{i}]", values[i], MaxCodeLength, required: true);
        }
    }

    [GeneratedRegex("^[A-Z]{1,2}[0-9][0-9A-Z]?$")]
    private static partial Regex PostcodeDistrict();

    [GeneratedRegex("^[0-9]{12}$")]
    private static partial Regex CertificateNumber();
}
