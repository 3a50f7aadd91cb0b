using SocialPrescribing.Referrals.Domain.Common;
using SocialPrescribing.Referrals.Domain.People;

namespace SocialPrescribing.Referrals.UnitTests.People;

public class PersonTests
{
    private static readonly DateOnly Today = new(2026, 3, 10);

    [Fact]
    public void A_date_of_birth_in_the_future_is_refused_naming_the_field()
    {
        var error = Assert.Throws<DomainException>(() => Person.Register(Guid.NewGuid(), Profiles.BornOn(Today.AddDays(1)), Today));

        Assert.Equal("dateOfBirth", error.Field);
        Assert.Contains("11 March 2026 is in the future", error.Message);
    }

    [Fact]
    public void A_date_of_birth_giving_an_implausible_age_is_refused()
    {
        // Born 1900-03-10 → 126 on 2026-03-10, over the limit of 125: most likely 1990 mistyped.
        var error = Assert.Throws<DomainException>(() => Person.Register(Guid.NewGuid(), Profiles.BornOn(new DateOnly(1900, 3, 10)), Today));

        Assert.Equal("dateOfBirth", error.Field);
    }

    [Fact]
    public void Changing_the_profile_checks_the_date_of_birth_again()
    {
        var person = Person.Register(Guid.NewGuid(), Profiles.BornOn(new DateOnly(1958, 7, 1)), Today);

        Assert.Throws<DomainException>(() => person.ChangeProfile(Profiles.BornOn(Today.AddYears(1)), Today));
        Assert.Equal(new DateOnly(1958, 7, 1), person.Profile.DateOfBirth);
    }

    [Theory]
    // 2026 − 1958 = 68, but the birthday on 1 July has not come by 10 March: 67.
    [InlineData("1958-07-01", "2026-03-10", 67)]
    [InlineData("1958-03-10", "2026-03-10", 68)]
    // A 29 February birthday is reached on 1 March in a year without one.
    [InlineData("2008-02-29", "2026-02-28", 17)]
    [InlineData("2008-02-29", "2026-03-01", 18)]
    public void Age_counts_whole_years(string born, string on, int age)
    {
        var person = Person.Register(Guid.NewGuid(), Profiles.BornOn(DateOnly.Parse(born)), DateOnly.Parse(on));

        Assert.Equal(age, person.AgeOn(DateOnly.Parse(on)));
    }

    [Fact]
    public void The_preferred_way_to_be_contacted_needs_its_detail()
    {
        var error = Assert.Throws<FieldErrorsException>(() => new ContactDetails(ContactMethod.Email, phone: "0113 496 0000"));

        Assert.Equal(["email"], error.Errors.Keys);
    }

    [Fact]
    public void Every_contact_mistake_is_reported_at_once()
    {
        var error = Assert.Throws<FieldErrorsException>(() => new ContactDetails(ContactMethod.Letter, email: "not-an-address"));

        Assert.Equal(["address", "email"], error.Errors.Keys.Order());
    }

    [Fact]
    public void Field_errors_from_several_value_objects_can_be_gathered_for_one_form()
    {
        var errors = new FieldErrors();

        var nhsNumber = errors.Capture(() => NhsNumber.Parse("943 476 5918"));
        var postcode = errors.Capture(() => Postcode.Parse("LS6 3HN"));
        var name = errors.Capture(() => new PersonName(" ", "Khan"));

        Assert.Null(nhsNumber);
        Assert.NotNull(postcode);
        Assert.Null(name);
        Assert.Equal(["givenName", "nhsNumber"], errors.ToDictionary().Keys.Order());
        Assert.Equal(2, Assert.Throws<FieldErrorsException>(errors.ThrowIfAny).Errors.Count);
    }
}
