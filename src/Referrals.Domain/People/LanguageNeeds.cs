using SocialPrescribing.Referrals.Domain.Common;

namespace SocialPrescribing.Referrals.Domain.People;

/// <param name="FirstLanguage">As the person names it, e.g. "English", "Polish", "British Sign Language".</param>
/// <param name="NeedsInterpreter">An interpreter in <paramref name="FirstLanguage"/> is needed for conversations.</param>
public sealed record LanguageNeeds(string FirstLanguage, bool NeedsInterpreter)
{
    public string FirstLanguage { get; } = Text.Required(FirstLanguage, "firstLanguage", "First language");
}
