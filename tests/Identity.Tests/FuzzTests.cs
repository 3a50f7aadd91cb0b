using SocialPrescribing.TestKit.Fuzzing;

namespace SocialPrescribing.Identity.Tests;

public sealed class FuzzTests(IdentityServerFixture identity)
{
    /// <summary>The OpenID Connect endpoints read their form themselves, so the document cannot list these.</summary>
    private static readonly string[] OpenIdConnectFields =
        ["grant_type", "client_id", "client_secret", "username", "password", "code", "code_verifier", "redirect_uri", "refresh_token", "scope", "identifier", "response_type", "state", "nonce"];

    [Fact]
    public async Task No_hostile_request_to_any_operation_gets_a_server_error()
    {
        var cancellation = TestContext.Current.CancellationToken;
        using var tokens = identity.Server.NewTokenClient();
        using var http = identity.Server.NewHttpClient();
        var volunteer = await identity.Server.CreateVolunteerAccountAsync();
        var callers = new List<FuzzCaller> { new("anonymous", null) };
        foreach (var account in IdentityServerFixture.OnePerRole.Where(a => a.Role != Roles.Volunteer).Append(volunteer).Append(IdentityServerFixture.OtherVcseManager))
        {
            callers.Add(new(account.ToString(), await tokens.GetAccessTokenAsync(account, ["openid", ApiScopes.IdentityClients], cancellation)));
        }

        var report = await new ApiFuzzer(http, new FuzzOptions
        {
            Callers = callers,
            PathValues = new Dictionary<string, string>
            {
                ["organisationId"] = IdentityServerFixture.FriendshipLine.ToString(),
                ["clientId"] = "vcse-none",
            },
            FormFields = new Dictionary<string, string[]>
            {
                ["/connect/token"] = OpenIdConnectFields,
                ["/connect/authorize"] = OpenIdConnectFields,
                ["/connect/otp/send"] = ["identifier"],
                ["/connect/logout"] = ["id_token_hint", "post_logout_redirect_uri", "state"],
            },
        }).RunAsync(cancellation);

        TestContext.Current.TestOutputHelper?.WriteLine($"{report.Summary} (details in {report.Save("identity")})");
        Assert.True(report.Failures.Count == 0, report.Describe());
    }
}
