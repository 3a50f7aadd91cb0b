namespace SocialPrescribing.TestKit.Auth;

/// <summary>
/// Someone tests sign in as: a staff user (user name + password, through the real login form)
/// or a volunteer (one-time code to <see cref="OneTimeCodeIdentifier"/>, read from the
/// development outbox). The owner ids are what the account's tokens carry, so the
/// <see cref="AuthorizationMatrix"/> can aim requests at the account's own or another's data.
/// </summary>
public sealed record TestAccount(
    string Role,
    string UserName,
    string? Password = null,
    string? OneTimeCodeIdentifier = null,
    string? TeamId = null,
    string? OrganisationId = null,
    string? VolunteerId = null)
{
    public override string ToString() => $"{Role} '{UserName}'";
}
