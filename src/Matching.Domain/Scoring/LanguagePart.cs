using SocialPrescribing.Matching.Domain.Configuration;
using SocialPrescribing.Matching.Domain.ReadModel;
using SocialPrescribing.Matching.Domain.Rules;

namespace SocialPrescribing.Matching.Domain.Scoring;

/// <summary>
/// Shared language: 1 when the candidate speaks the person's preferred (first) language, 0.7 when it shares
/// another language the person speaks, 0.3 when they will rely on an interpreter.
/// </summary>
internal sealed class LanguagePart(MatchingReadModel model) : IScorePart
{
    public const double OtherSharedLanguage = 0.7;
    public const double ThroughInterpreter = 0.3;

    public string Name => ScorePartNames.Language;

    public double WeightIn(MatchingWeights weights) => weights.Language;

    public bool AppliesTo(CandidateKind kind) => true;

    public double Value(in Pair pair) =>
        SortedIds.Contains(pair.Candidate.Languages, pair.Person.PreferredLanguage) ? 1
        : SortedIds.Intersects(pair.Person.Languages, pair.Candidate.Languages) ? OtherSharedLanguage
        : LanguageRule.HasInterpreter(pair.Person, pair.Candidate) ? ThroughInterpreter
        : 0;

    public string Reason(in Pair pair, double value) => value switch
    {
        1 => $"Speaks the person's first language, {LanguageNames.Of(model.Languages.CodeOf(pair.Person.PreferredLanguage))}.",
        OtherSharedLanguage => "Shares a language the person speaks, though not their first.",
        ThroughInterpreter => "No shared language; an interpreter is available.",
        _ => "No shared language and no interpreter.",
    };
}
