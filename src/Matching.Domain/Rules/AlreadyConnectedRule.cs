using SocialPrescribing.Matching.Domain.ReadModel;

namespace SocialPrescribing.Matching.Domain.Rules;

/// <summary>What the person already has, or had, is not news to them: a candidate they have a connection to is not suggested again.</summary>
internal sealed class AlreadyConnectedRule : HardRule<CandidateEntry>
{
    public override string Name => HardRuleNames.AlreadyConnected;

    protected override bool Passes(PersonQuery person, CandidateEntry candidate, in Pair pair) => !person.Connected.Contains(candidate.Id);

    protected override string WhyNot(PersonQuery person, CandidateEntry candidate, in Pair pair) =>
        candidate.Kind == CandidateKind.Activity
            ? "The person already has, or had, a connection to this activity."
            : "The person already has, or had, a connection to this volunteer.";
}
