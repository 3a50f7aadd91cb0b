namespace SocialPrescribing.CommunityDirectory.Model;

public enum ActivityStatus
{
    Draft,
    Published,
    Withdrawn,
}

/// <summary>How a person gets to the activity.</summary>
public enum ReferralMode
{
    /// <summary>The link worker tells the person about it; they go along themselves.</summary>
    SignpostOnly,

    /// <summary>The link worker sends a connection request that the group accepts or declines.</summary>
    DirectReferral,
}

/// <summary>What the number of places counts.</summary>
public enum CapacityBasis
{
    /// <summary>Places on the activity as a whole (e.g. a 10-week course).</summary>
    Overall,

    /// <summary>Places at each session (e.g. a weekly drop-in with room for 12).</summary>
    PerSession,
}

public enum ScheduleFrequency
{
    Weekly,
    Monthly,

    /// <summary>A single dated session.</summary>
    Once,
}
