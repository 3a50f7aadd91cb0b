using SocialPrescribing.Matching.Domain.ReadModel;
using static System.FormattableString;

namespace SocialPrescribing.Matching.Domain.Rules;

/// <summary>The candidate speaks a language the person speaks, or an interpreter is available (arranged for the person, or offered by the activity).</summary>
internal sealed class LanguageRule(MatchingReadModel model) : HardRule<CandidateEntry>
{
    public override string Name => HardRuleNames.Language;

    public static bool HasInterpreter(PersonQuery person, CandidateEntry candidate) =>
        person.Profile.InterpreterArranged || candidate is ActivityEntry { InterpreterAvailable: true };

    public override Func<PersonQuery, string>? PersonKey => static person => Invariant($"{string.Join(",", person.Languages)}|{person.Profile.InterpreterArranged}");

    protected override bool Passes(PersonQuery person, CandidateEntry candidate, in Pair pair) =>
        SortedIds.Intersects(person.Languages, candidate.Languages) || HasInterpreter(person, candidate);

    protected override string WhyNot(PersonQuery person, CandidateEntry candidate, in Pair pair) =>
        $"Speaks {string.Join(", ", candidate.Languages.Select(model.Languages.CodeOf))} and no interpreter is available; " +
        $"the person speaks {string.Join(", ", person.Profile.Languages)}.";
}
