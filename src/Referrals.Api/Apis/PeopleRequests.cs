using System.ComponentModel.DataAnnotations;
using SocialPrescribing.Referrals.Domain.Common;
using SocialPrescribing.Referrals.Domain.People;

namespace SocialPrescribing.Referrals.Apis;

public sealed record ContactRequest(ContactMethod Preferred, string? Phone, string? Mobile, string? Email, string? Address);

/// <summary>A person's profile as a form sends it; <see cref="ToProfile"/> reports every mistake at once.</summary>
public sealed record PersonRequest(
    [StringLength(TextLimits.Name)] string? GivenName,
    [StringLength(TextLimits.Name)] string? FamilyName,
    [StringLength(TextLimits.Name)] string? PreferredName,
    DateOnly? DateOfBirth,
    string? NhsNumber,
    ContactRequest? Contact,
    string? Postcode,
    string? FirstLanguage,
    bool NeedsInterpreter,
    IReadOnlyList<AccessibilityNeed>? AccessibilityNeeds,
    string? AccessibilityNote,
    bool IsCarer,
    bool IsCaredFor,
    Ethnicity? Ethnicity,
    Sex? Sex,
    Disability? Disability)
{
    public PersonProfile ToProfile()
    {
        var errors = new FieldErrors();
        var name = errors.Capture(() => new PersonName(GivenName!, FamilyName!, PreferredName));
        errors.Check(DateOfBirth is not null, "dateOfBirth", "Date of birth is required.");
        var nhsNumber = string.IsNullOrWhiteSpace(NhsNumber) ? null : errors.Capture(() => Domain.People.NhsNumber.Parse(NhsNumber));
        errors.Check(Contact is not null, "contact", "How to contact the person is required.");
        var contact = Contact is { } c ? errors.Capture(() => new ContactDetails(c.Preferred, c.Phone, c.Mobile, c.Email, c.Address)) : null;
        var postcode = errors.Capture(() => Domain.People.Postcode.Parse(Postcode));
        var language = errors.Capture(() => new LanguageNeeds(FirstLanguage!, NeedsInterpreter));
        var needs = AccessibilityNeeds ?? [];
        errors.Check(needs.All(Enum.IsDefined), "accessibilityNeeds", "An accessibility need is not one this service knows.");
        errors.ThrowIfAny();
        return new PersonProfile(
            name!,
            DateOfBirth!.Value,
            nhsNumber,
            contact!,
            postcode!,
            language!,
            needs.ToHashSet(),
            string.IsNullOrWhiteSpace(AccessibilityNote) ? null : AccessibilityNote.Trim(),
            new CarerStatus(IsCarer, IsCaredFor),
            new EqualityMonitoring(Ethnicity, Sex, Disability));
    }
}

/// <summary>Consent to share with one provider, and how the person gave it.</summary>
public sealed record ConsentRequest(Guid ProviderId, [StringLength(TextLimits.Name)] string? ProviderName, ConsentMethod? Method);

/// <summary>How the person gave (or withdrew) consent to the service or to share.</summary>
public sealed record ConsentMethodRequest(ConsentMethod? Method);
