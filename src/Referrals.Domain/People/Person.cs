using System.Globalization;
using SocialPrescribing.Referrals.Domain.Common;

namespace SocialPrescribing.Referrals.Domain.People;

/// <summary>A referred person: their profile and their consents to share.</summary>
public sealed class Person
{
    /// <summary>Older than this is taken as a typing mistake in the year.</summary>
    public const int OldestPlausibleAge = 125;

    private Person(Guid id, PersonProfile profile, Consents consents) =>
        (Id, Profile, Consents) = (id, profile, consents);

    public Guid Id { get; }
    public PersonProfile Profile { get; private set; }
    public Consents Consents { get; }

    public static Person Register(Guid id, PersonProfile profile, DateOnly today)
    {
        CheckDateOfBirth(profile.DateOfBirth, today);
        return new Person(id, profile, new Consents());
    }

    /// <summary>Rebuilds a person already stored; the stored data was checked when it was written.</summary>
    public static Person Restore(Guid id, PersonProfile profile, IEnumerable<ConsentRecord> consents) =>
        new(id, profile, new Consents(consents));

    public void ChangeProfile(PersonProfile profile, DateOnly today)
    {
        CheckDateOfBirth(profile.DateOfBirth, today);
        Profile = profile;
    }

    /// <summary>Age in whole years on <paramref name="date"/> (a 29 February birthday counts from 1 March).</summary>
    public int AgeOn(DateOnly date) => AgeOn(Profile.DateOfBirth, date);

    private static int AgeOn(DateOnly dateOfBirth, DateOnly date)
    {
        var age = date.Year - dateOfBirth.Year;
        var birthdayStillToCome = (date.Month, date.Day).CompareTo((dateOfBirth.Month, dateOfBirth.Day)) < 0;
        return birthdayStillToCome ? age - 1 : age;
    }

    private static void CheckDateOfBirth(DateOnly dateOfBirth, DateOnly today)
    {
        if (dateOfBirth > today)
        {
            throw new DomainException($"The date of birth {Show(dateOfBirth)} is in the future.", "dateOfBirth");
        }
        if (AgeOn(dateOfBirth, today) > OldestPlausibleAge)
        {
            throw new DomainException($"The date of birth {Show(dateOfBirth)} would make the person older than {OldestPlausibleAge}; please check the year.", "dateOfBirth");
        }
    }

    private static string Show(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
