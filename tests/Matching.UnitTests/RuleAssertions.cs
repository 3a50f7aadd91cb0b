using SocialPrescribing.Matching.Domain;
using SocialPrescribing.Matching.Domain.Profiles;
using SocialPrescribing.Matching.Domain.Rules;
using SocialPrescribing.Matching.Domain.Suggestions;

namespace SocialPrescribing.Matching.UnitTests;

internal static class RuleAssertions
{
    /// <summary>The candidate is never suggested, and Explain names <paramref name="rule"/> as the only rule it breaks.</summary>
    public static RuleResult AssertExcludedBy(this Suggester suggester, PersonProfile person, CandidateKind kind, Guid candidateId, string rule)
    {
        Assert.DoesNotContain(suggester.Suggest(person, kind, Suggester.MaxSuggestions), s => s.CandidateId == candidateId);
        var explanation = suggester.Explain(person, kind, candidateId);
        Assert.False(explanation.Eligible);
        Assert.Null(explanation.Rank);
        var broken = Assert.Single(explanation.BrokenRules);
        Assert.Equal(rule, broken.Rule);
        Assert.Contains(rule, explanation.Summary);
        return broken;
    }

    public static void AssertSuggested(this Suggester suggester, PersonProfile person, CandidateKind kind, Guid candidateId)
    {
        Assert.Contains(suggester.Suggest(person, kind, Suggester.MaxSuggestions), s => s.CandidateId == candidateId);
        var explanation = suggester.Explain(person, kind, candidateId);
        Assert.True(explanation.Eligible);
        Assert.Empty(explanation.BrokenRules);
    }
}
