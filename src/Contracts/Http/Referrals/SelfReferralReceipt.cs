namespace SocialPrescribing.Contracts.Http.Referrals;

/// <summary>What the person is told: a reference to quote, and within how many working days a link worker will be in touch.</summary>
public sealed record SelfReferralReceipt(Guid ReferralId, string Reference, int ContactWithinWorkingDays);
