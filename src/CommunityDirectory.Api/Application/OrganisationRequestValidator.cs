using System.Text.RegularExpressions;

namespace SocialPrescribing.CommunityDirectory.Application;

public static partial class OrganisationRequestValidator
{
    public static (OrganisationDetails? Details, FieldErrors Errors) Validate(OrganisationRequest request)
    {
        var errors = new FieldErrors();
        var name = errors.Required("name", request.Name, FieldLimits.Name, "the organisation's name");
        var description = errors.MaxLength("description", request.Description, FieldLimits.Description, "the description") ?? "";
        var charityNumber = Normalise(request.CharityNumber);
        if (charityNumber is not null && !CharityNumberPattern().IsMatch(charityNumber))
        {
            errors.Add("charityNumber", "Enter a registered charity number: 6 to 8 digits (England and Wales), SC and 6 digits (Scotland) or NIC and 6 digits (Northern Ireland).");
        }
        var companyNumber = Normalise(request.CompanyNumber);
        if (companyNumber is not null && !CompanyNumberPattern().IsMatch(companyNumber))
        {
            errors.Add("companyNumber", "Enter a Companies House number: 8 digits, or 2 letters and 6 digits.");
        }
        var email = errors.Email("email", request.Email);
        var website = errors.Url("website", request.Website);
        var phone = errors.MaxLength("phone", request.Phone, FieldLimits.Phone, "the phone number");
        return errors.Any
            ? (null, errors)
            : (new OrganisationDetails(name, description, charityNumber, companyNumber, email, website, phone), errors);
    }

    /// <summary>Registers write numbers with and without spaces; compare them in one form.</summary>
    private static string? Normalise(string? number) =>
        string.IsNullOrWhiteSpace(number) ? null : string.Concat(number.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();

    [GeneratedRegex("^([0-9]{6,8}|SC[0-9]{6}|NIC[0-9]{6})$")]
    private static partial Regex CharityNumberPattern();

    [GeneratedRegex("^([0-9]{8}|[A-Z]{2}[0-9]{6})$")]
    private static partial Regex CompanyNumberPattern();
}
