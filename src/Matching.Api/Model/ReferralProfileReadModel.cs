namespace SocialPrescribing.Matching.Model;

/// <summary>What the matcher knows of an open referral, read from the referrals service when it changes.</summary>
public sealed class ReferralProfileReadModel
{
    public Guid ReferralId { get; init; }

    /// <summary>The team whose caseload holds the referral; null in rows stored before it was kept (filled on the next read).</summary>
    public Guid? TeamId { get; set; }
    public string PostcodeDistrict { get; set; } = "";

    /// <summary>Needs and interests as taxonomy term ids.</summary>
    public List<string> TermIds { get; set; } = [];

    /// <summary>ISO 639 codes, preferred first.</summary>
    public List<string> Languages { get; set; } = [];
    public List<string> AccessibilityNeeds { get; set; } = [];
    public List<WeeklySession> FreeTimes { get; set; } = [];
    public int Age { get; set; }
    public double? MaxTravelKm { get; set; }

    /// <summary>Activities and volunteers the person has, or had, a connection to.</summary>
    public List<Guid> ConnectedCandidateIds { get; set; } = [];
    public bool IsCarer { get; set; }
    public string Status { get; set; } = "";
    public DateTimeOffset WaitingSince { get; set; }
    public DateTimeOffset FetchedAt { get; set; }
}
