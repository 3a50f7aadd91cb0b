using Microsoft.Extensions.DependencyInjection;
using SocialPrescribing.Authorization;
using SocialPrescribing.TestKit.Auth;

namespace SocialPrescribing.CommunityDirectory.Tests.Hosting;

/// <summary>The directory's callers, with tokens from the shared <see cref="TestTokenIssuer"/>.</summary>
public static class TestTokens
{
    private static readonly TestTokenIssuer Tokens = new(Audiences.Directory);

    public static void TrustIn(IServiceCollection services) => Tokens.TrustIn(services);

    public static string VcseClient(Guid organisationId, params string[] scopes) =>
        Issue(Roles.VcseClient, scopes.Length == 0 ? [ApiScopes.DirectoryRead, ApiScopes.DirectoryWrite] : scopes, organisationId: organisationId);

    public static string LinkWorker() => Issue(Roles.LinkWorker, [ApiScopes.DirectoryRead], teamId: Guid.NewGuid());

    /// <summary>One of our services' own token (its client id as subject).</summary>
    public static string Service(string clientId) => Tokens.Issue(Roles.Service, [ApiScopes.DirectoryRead], subject: clientId);

    /// <summary>The account's token, with the scopes a real one carries (see <see cref="MatrixAccounts"/>).</summary>
    public static string For(TestAccount account) => Tokens.Token(account);

    public static string Issue(string role, IEnumerable<string> scopes, Guid? organisationId = null, Guid? teamId = null) =>
        Tokens.Issue(role, scopes, organisationId, teamId);
}
