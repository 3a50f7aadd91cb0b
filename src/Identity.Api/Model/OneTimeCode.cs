namespace SocialPrescribing.Identity.Model;

/// <summary>
/// A volunteer's sign-in code. Only hashes are stored: of the code (salted by the row id) and
/// of the normalised email or phone number it was sent to.
/// </summary>
public sealed class OneTimeCode
{
    public Guid Id { get; init; }
    public required string UserId { get; init; }
    public required string IdentifierHash { get; init; }
    public required string CodeHash { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset ExpiresAt { get; init; }
    public int FailedAttempts { get; set; }
    public DateTimeOffset? ConsumedAt { get; set; }
}
