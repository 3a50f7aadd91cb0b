using SocialPrescribing.Matching.Domain.Configuration;

namespace SocialPrescribing.Matching.UnitTests;

public sealed class LanguageNamesTests
{
    [Theory]
    [InlineData("pa", "Punjabi")]
    [InlineData("PL", "Polish")]
    [InlineData("bfi", "British Sign Language")]
    [InlineData("xx", "xx")]
    public void Reasons_name_a_language_as_people_do_and_keep_a_code_nobody_knows(string code, string name) =>
        Assert.Equal(name, LanguageNames.Of(code));
}
