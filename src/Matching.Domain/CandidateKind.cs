namespace SocialPrescribing.Matching.Domain;

/// <summary>What a person can be matched to.</summary>
public enum CandidateKind
{
    Activity,
    Volunteer,
}
