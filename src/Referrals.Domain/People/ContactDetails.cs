using SocialPrescribing.Referrals.Domain.Common;
using SocialPrescribing.UkFormats;
using SocialPrescribing.Compliance;

namespace SocialPrescribing.Referrals.Domain.People;

/// <summary>
/// How to reach the person. The preferred way must be one we can use, or a link worker would
/// be told to ring someone who has given no number.
/// </summary>
public sealed record ContactDetails
{
    public ContactDetails(ContactMethod preferred, string? phone = null, string? mobile = null, string? email = null, string? address = null)
    {
        Preferred = preferred;
        Phone = Text.Optional(phone);
        Mobile = Text.Optional(mobile);
        Email = Text.Optional(email);
        Address = Text.Optional(address);

        var errors = new FieldErrors();
        errors.Check(Phone is null || UkPhoneNumber.IsValid(Phone), "phone", UkPhoneNumber.NotAPhoneNumber);
        errors.Check(Mobile is null || UkPhoneNumber.IsMobile(Mobile), "mobile", UkPhoneNumber.NotAMobileNumber);
        errors.Check(Email is null || EmailAddress.IsShaped(Email), "email", EmailAddress.NotAnEmailAddress);
        var (field, detail, needed) = Preferred switch
        {
            ContactMethod.Phone => ("phone", Phone ?? Mobile, "a phone number"),
            ContactMethod.TextMessage => ("mobile", Mobile, "a mobile number"),
            ContactMethod.Email => ("email", Email, "an email address"),
            ContactMethod.Letter => ("address", Address, "a postal address"),
            _ => throw new DomainException($"Unknown contact method {Preferred}.", "preferred"),
        };
        errors.Check(detail is not null, field, $"The preferred way to be contacted is {Preferred}, so {needed} is needed.");
        errors.ThrowIfAny();
    }

    public ContactMethod Preferred { get; }
    [PersonalData] public string? Phone { get; }
    [PersonalData] public string? Mobile { get; }
    [PersonalData] public string? Email { get; }
    [PersonalData] public string? Address { get; }
}
