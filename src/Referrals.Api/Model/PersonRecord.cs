using SocialPrescribing.Referrals.Domain.People;
using SocialPrescribing.Compliance;

namespace SocialPrescribing.Referrals.Model;

/// <summary>A referred person as stored: the profile in columns (reports group by some), consents as kept records.</summary>
public sealed class PersonRecord
{
    public Guid Id { get; init; }

    /// <summary>The link-worker team whose caseload the person is on.</summary>
    public Guid TeamId { get; init; }

    [PersonalData] public required string GivenName { get; set; }
    [PersonalData] public required string FamilyName { get; set; }
    [PersonalData] public string? PreferredName { get; set; }
    [PersonalData] public DateOnly DateOfBirth { get; set; }
    [PersonalData] public string? NhsNumber { get; set; }
    public ContactMethod PreferredContact { get; set; }
    [PersonalData] public string? Phone { get; set; }
    [PersonalData] public string? Mobile { get; set; }
    [PersonalData] public string? Email { get; set; }
    [PersonalData] public string? Address { get; set; }
    [PersonalData] public required string Postcode { get; set; }
    public required string PostcodeDistrict { get; set; }
    public required string FirstLanguage { get; set; }
    public bool NeedsInterpreter { get; set; }
    public List<AccessibilityNeed> AccessibilityNeeds { get; set; } = [];
    [PersonalData] public string? AccessibilityNote { get; set; }
    public bool IsCarer { get; set; }
    public bool IsCaredFor { get; set; }
    [PersonalData] public Ethnicity? Ethnicity { get; set; }
    [PersonalData] public Sex? Sex { get; set; }
    [PersonalData] public Disability? Disability { get; set; }
    public List<ConsentRecord> Consents { get; set; } = [];
    public DateTimeOffset RegisteredAt { get; init; }

    /// <summary>PostgreSQL's xmin: changes with every write, so a stale update is refused.</summary>
    public uint Version { get; set; }

    public static PersonRecord From(Person person, Guid teamId, DateTimeOffset registeredAt)
    {
        var record = new PersonRecord
        {
            Id = person.Id,
            TeamId = teamId,
            RegisteredAt = registeredAt,
            GivenName = person.Profile.Name.GivenName,
            FamilyName = person.Profile.Name.FamilyName,
            Postcode = person.Profile.Postcode.ToString(),
            PostcodeDistrict = person.Profile.Postcode.Outward,
            FirstLanguage = person.Profile.Language.FirstLanguage,
        };
        record.Apply(person);
        return record;
    }

    public Person ToDomain() => Person.Restore(Id, ToProfile(), Consents);

    public PersonProfile ToProfile() => new(
        new PersonName(GivenName, FamilyName, PreferredName),
        DateOfBirth,
        NhsNumber is null ? null : Domain.People.NhsNumber.Parse(NhsNumber),
        new ContactDetails(PreferredContact, Phone, Mobile, Email, Address),
        Domain.People.Postcode.Parse(Postcode),
        new LanguageNeeds(FirstLanguage, NeedsInterpreter),
        AccessibilityNeeds.ToHashSet(),
        AccessibilityNote,
        new CarerStatus(IsCarer, IsCaredFor),
        new EqualityMonitoring(Ethnicity, Sex, Disability));

    public void Apply(Person person)
    {
        var profile = person.Profile;
        (GivenName, FamilyName, PreferredName) = (profile.Name.GivenName, profile.Name.FamilyName, profile.Name.PreferredName);
        DateOfBirth = profile.DateOfBirth;
        NhsNumber = profile.NhsNumber?.Value;
        (PreferredContact, Phone, Mobile, Email, Address) =
            (profile.Contact.Preferred, profile.Contact.Phone, profile.Contact.Mobile, profile.Contact.Email, profile.Contact.Address);
        Postcode = profile.Postcode.ToString();
        PostcodeDistrict = profile.Postcode.Outward;
        (FirstLanguage, NeedsInterpreter) = (profile.Language.FirstLanguage, profile.Language.NeedsInterpreter);
        AccessibilityNeeds = [.. profile.AccessibilityNeeds.Order()];
        AccessibilityNote = profile.AccessibilityNote;
        (IsCarer, IsCaredFor) = (profile.Carer.IsCarer, profile.Carer.IsCaredFor);
        (Ethnicity, Sex, Disability) = (profile.Equality.Ethnicity, profile.Equality.Sex, profile.Equality.Disability);
        Consents = [.. person.Consents.Records];
    }
}
