namespace SocialPrescribing.Matching.Domain.Rules;

/// <summary>The outcome of one hard rule for a person and a candidate; <see cref="Reason"/> says why it failed.</summary>
public sealed record RuleResult(string Rule, bool Passed, string Reason);
