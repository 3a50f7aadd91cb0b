namespace SocialPrescribing.Seeds.Model;

/// <summary>A referred person for demonstrations: fictional, with an NHS number from the 999 test range.</summary>
/// <param name="FirstLanguage">As the person names it, e.g. "Polish".</param>
/// <param name="Languages">ISO 639 codes the person speaks, preferred first.</param>
/// <param name="AccessibilityNeeds">Codes from <see cref="AccessibilityCodes"/>.</param>
/// <param name="MaxCostPerSession">Most the person can pay per session, in pounds; 0 means free activities only.</param>
public sealed record PersonSeed(
    string Id,
    string? NhsNumber,
    string FirstName,
    string LastName,
    DateOnly DateOfBirth,
    string? Gender,
    string? Phone,
    string? Email,
    string Postcode,
    string FirstLanguage,
    IReadOnlyList<string> Languages,
    bool NeedsInterpreter,
    CarerSeed Carer,
    IReadOnlyList<string> AccessibilityNeeds,
    IReadOnlyList<string> NeedTermIds,
    IReadOnlyList<string> InterestTermIds,
    IReadOnlyList<AvailabilitySlot> Availability,
    double MaxTravelKm,
    decimal MaxCostPerSession,
    IReadOnlyList<ReferralSeed> Referrals)
{
    public string PostcodeDistrict => Postcodes.DistrictOf(Postcode);
}

/// <summary>Both can be true: carers are often cared for too.</summary>
public sealed record CarerSeed(bool IsCarer, bool IsCaredFor);

/// <summary>A referral in some state of its lifecycle, with what happened so far.</summary>
/// <param name="LinkWorker">User name of the link worker holding it; null while it waits to be allocated.</param>
/// <param name="Referrer">Required unless <see cref="ReferralSource.SelfReferral"/>.</param>
/// <param name="ClosureReason">Set exactly when <paramref name="Status"/> is <see cref="ReferralStatus.Closed"/>.</param>
public sealed record ReferralSeed(
    string Id,
    string TeamId,
    string? LinkWorker,
    ReferralSource Source,
    ReferrerSeed? Referrer,
    Urgency Urgency,
    DateOnly ReceivedOn,
    ReferralStatus Status,
    string Reason,
    string? WhatMatters,
    ClosureReason? ClosureReason,
    IReadOnlyList<ConnectionSeed> Connections,
    IReadOnlyList<WellbeingSeed> Wellbeing);

/// <param name="OrganisationCode">ODS-style code; the demo codes (X999..) are made up.</param>
public sealed record ReferrerSeed(string Name, string? Organisation = null, string? OrganisationCode = null, string? Contact = null);

/// <summary>A referral connected to one activity or one volunteer (exactly one of the two ids).</summary>
/// <param name="Reason">Why it was declined or dropped; required for those states.</param>
public sealed record ConnectionSeed(string? ActivityId, string? VolunteerId, ConnectionStatus Status, DateOnly RequestedOn, string? Reason);

/// <summary>A wellbeing measurement: ONS4 (each 0-10) and, optionally, the short Warwick-Edinburgh total (7-35).</summary>
/// <param name="Stage">"baseline" or "follow-up".</param>
public sealed record WellbeingSeed(string Stage, DateOnly TakenOn, Ons4Seed Ons4, int? Swemwbs);

public sealed record Ons4Seed(int LifeSatisfaction, int Worthwhile, int Happiness, int Anxiety);

public enum ReferralStatus
{
    Received,
    Contacted,
    Assessed,
    Connecting,
    Connected,
    FollowUp,
    Closed,
}

public enum ReferralSource
{
    GpPractice,
    SelfReferral,
    Hospital,
    Council,
    Vcse,
    Other,
}

public enum Urgency
{
    Routine,
    Soon,
    Urgent,
}

public enum ClosureReason
{
    Completed,
    DeclinedByPerson,
    UnableToContact,
    Moved,
    Other,
}

public enum ConnectionStatus
{
    Suggested,
    Requested,
    Accepted,
    Declined,
    Expired,
    Attended,
    Finished,
    DroppedOut,
}
