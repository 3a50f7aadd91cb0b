using SocialPrescribing.Matching.Domain.ReadModel;

namespace SocialPrescribing.Matching.Domain.Rules;

/// <summary>The volunteer supports fewer people than the caseload limit they set.</summary>
internal sealed class CaseloadRule : HardRule<VolunteerEntry>
{
    public override string Name => HardRuleNames.Caseload;
    public override bool IsCapacity => true;

    public override Func<PersonQuery, string>? PersonKey => static _ => "";

    protected override bool Passes(PersonQuery person, VolunteerEntry volunteer, in Pair pair) => volunteer.FreeCapacity > 0;

    protected override string WhyNot(PersonQuery person, VolunteerEntry volunteer, in Pair pair) =>
        $"Already supports {volunteer.Source.CurrentCaseload} people; their limit is {volunteer.Source.CaseloadLimit}.";
}
