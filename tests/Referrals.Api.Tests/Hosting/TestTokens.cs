using Microsoft.Extensions.DependencyInjection;
using SocialPrescribing.Authorization;
using SocialPrescribing.TestKit.Auth;

namespace SocialPrescribing.Referrals.Api.Tests.Hosting;

/// <summary>The referrals service's callers, with tokens from the shared <see cref="TestTokenIssuer"/>.</summary>
public static class TestTokens
{
    private static readonly TestTokenIssuer Tokens = new(Audiences.Referrals);

    public static void TrustIn(IServiceCollection services) => Tokens.TrustIn(services);

    public static string LinkWorker(Guid teamId) => Issue(Roles.LinkWorker, [ApiScopes.Referrals], teamId: teamId);

    public static string TeamLead(Guid teamId) => Issue(Roles.TeamLead, [ApiScopes.Referrals], teamId: teamId);

    public static string VcseStaff(Guid organisationId) => Issue(Roles.VcseStaff, [ApiScopes.Referrals], organisationId: organisationId);

    public static string Commissioner() => Issue(Roles.Commissioner, [ApiScopes.Referrals]);

    /// <summary>A GP practice's clinical system, sending referrals as FHIR to one team.</summary>
    public static string GpSystem(Guid teamId, string clientId) => Issue(Roles.GpSystem, [ApiScopes.ReferralsFhir], teamId: teamId, subject: clientId);

    /// <summary>The matcher's own token: the one service that reads matching profiles.</summary>
    public static string Service() => Issue(Roles.Service, [ApiScopes.Referrals], subject: ServiceClients.Matching);

    /// <summary>The account's token, with the scopes a real one carries (see <see cref="MatrixAccounts"/>).</summary>
    public static string For(TestAccount account) => Tokens.Token(account);

    public static string Issue(string role, IEnumerable<string> scopes, Guid? organisationId = null, Guid? teamId = null, string? subject = null, string? name = null, string? email = null) =>
        Tokens.Issue(role, scopes, organisationId, teamId, subject, name: name, email: email);
}
