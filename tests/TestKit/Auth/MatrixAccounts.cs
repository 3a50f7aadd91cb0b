using SocialPrescribing.Authorization;

namespace SocialPrescribing.TestKit.Auth;

/// <summary>
/// One caller of every kind for an authorisation matrix, with the scopes a real one carries: people sign in through
/// the web, which asks for every API scope; a VCSE API client holds the narrow VCSE scopes, a GP system's client the
/// FHIR scope only; each of our services
/// has its own client (its id is the token's subject) with every API scope but identity's.
/// </summary>
public static class MatrixAccounts
{
    public static IReadOnlyList<TestAccount> Services { get; } =
    [
        new(Roles.Service, ServiceClients.Directory),
        new(Roles.Service, ServiceClients.Referrals),
        new(Roles.Service, ServiceClients.Volunteering),
        new(Roles.Service, ServiceClients.Matching),
    ];

    /// <summary>Every role, the team's, organisation's and volunteer's own; then the service clients.</summary>
    public static IReadOnlyList<TestAccount> For(Guid team, Guid organisation, Guid volunteer) =>
    [
        new(Roles.LinkWorker, "link-worker", TeamId: team.ToString()),
        new(Roles.TeamLead, "team-lead", TeamId: team.ToString()),
        new(Roles.VcseStaff, "vcse-staff", OrganisationId: organisation.ToString()),
        new(Roles.VcseManager, "vcse-manager", OrganisationId: organisation.ToString()),
        new(Roles.VcseClient, "vcse-api-client", OrganisationId: organisation.ToString()),
        new(Roles.Commissioner, "commissioner"),
        new(Roles.Administrator, "administrator"),
        new(Roles.Volunteer, "volunteer", VolunteerId: volunteer.ToString()),
        .. Services,
    ];

    public static IReadOnlyList<string> ScopesOf(TestAccount account) => account.Role switch
    {
        Roles.VcseClient => ApiScopes.ForVcseClients,
        Roles.GpSystem => [ApiScopes.ReferralsFhir],
        Roles.Service => [.. ApiScopes.Resources.Keys.Where(scope => scope != ApiScopes.IdentityClients)],
        _ => [.. ApiScopes.Resources.Keys],
    };

    /// <summary>A rule admitting only the named services' own clients (each acting for itself, whoever owns the data).</summary>
    public static Func<TestAccount, Ownership, bool> OnlyServices(params string[] clientIds) =>
        (account, _) => account.Role == Roles.Service && clientIds.Contains(account.UserName);

    /// <summary>The account's token from a service's test issuer.</summary>
    public static string Token(this TestTokenIssuer issuer, TestAccount account) =>
        issuer.Issue(account.Role, ScopesOf(account), Id(account.OrganisationId), Id(account.TeamId), account.UserName, Id(account.VolunteerId));

    private static Guid? Id(string? value) => value is null ? null : Guid.Parse(value);
}
