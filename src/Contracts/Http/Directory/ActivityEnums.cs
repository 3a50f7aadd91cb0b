using System.Text.Json.Serialization;

namespace SocialPrescribing.Contracts.Http.Directory;

// The directory's enumerations, the one definition its model and its VCSE API share; on the wire kebab-case.

[JsonConverter(typeof(KebabCaseEnumConverter<ActivityStatus>))]
public enum ActivityStatus
{
    Draft,
    Published,
    Withdrawn,
}

/// <summary>How a person gets to the activity.</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<ReferralMode>))]
public enum ReferralMode
{
    /// <summary>The link worker tells the person about it; they go along themselves.</summary>
    SignpostOnly,

    /// <summary>The link worker sends a connection request that the group accepts or declines.</summary>
    DirectReferral,
}

/// <summary>What the number of places counts.</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<CapacityBasis>))]
public enum CapacityBasis
{
    /// <summary>Places on the activity as a whole (e.g. a 10-week course).</summary>
    Overall,

    /// <summary>Places at each session (e.g. a weekly drop-in with room for 12).</summary>
    PerSession,
}

[JsonConverter(typeof(KebabCaseEnumConverter<ScheduleFrequency>))]
public enum ScheduleFrequency
{
    Weekly,
    Monthly,

    /// <summary>A single dated session.</summary>
    Once,
}
