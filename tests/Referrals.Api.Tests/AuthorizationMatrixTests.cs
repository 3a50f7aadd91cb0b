using System.Collections.Concurrent;
using System.Net.Http.Json;
using SocialPrescribing.Authorization;
using SocialPrescribing.Referrals.Api.Tests.Hosting;
using SocialPrescribing.TestKit.Auth;

namespace SocialPrescribing.Referrals.Api.Tests;

public sealed class AuthorizationMatrixTests(ReferralsApp app)
{
    [Fact]
    public async Task Every_endpoint_allows_exactly_the_roles_and_owners_it_should()
    {
        var (team, provider) = (Guid.NewGuid(), Guid.NewGuid());
        var owner = new LinkWorkerClient(app.CreateClient(TestTokens.LinkWorker(team)));
        var personId = await owner.RegisterPersonAsync();
        var referralId = await owner.ReferAsync(personId);
        var connectionId = await owner.RequestActivityAsync(referralId, app.Places.ActivityRunBy(provider), provider);

        TestAccount[] accounts =
        [
            new(Roles.LinkWorker, "lw-own", TeamId: team.ToString()),
            new(Roles.TeamLead, "lead-own", TeamId: team.ToString()),
            new(Roles.LinkWorker, "lw-other", TeamId: Guid.NewGuid().ToString()),
            new(Roles.VcseStaff, "vcse-provider", OrganisationId: provider.ToString()),
            new(Roles.VcseStaff, "vcse-other", OrganisationId: Guid.NewGuid().ToString()),
            new(Roles.Commissioner, "commissioner"),
            new(Roles.Volunteer, "volunteer", VolunteerId: Guid.NewGuid().ToString()),
        ];
        var tokens = new ConcurrentDictionary<string, string>();
        var matrix = new AuthorizationMatrix(app.Factory.CreateClient(), (account, _) => Task.FromResult(tokens.GetOrAdd(account.UserName, _ => TestTokens.Issue(
                account.Role, [ApiScopes.Referrals],
                account.OrganisationId is { } o ? Guid.Parse(o) : null,
                account.TeamId is { } t ? Guid.Parse(t) : null))))
            .WithAccounts(accounts)
            .WithOtherOwner(teamId: Guid.NewGuid().ToString(), organisationId: Guid.NewGuid().ToString());

        bool OwnTeam(TestAccount a, Ownership _) => a.TeamId == team.ToString();
        bool AnyCaseWorker(TestAccount a, Ownership _) => a.Role is Roles.LinkWorker or Roles.TeamLead;

        foreach (var operation in new[]
        {
            Op(HttpMethod.Get, $"/api/people/{personId}"),
            Op(HttpMethod.Put, $"/api/people/{personId}", LinkWorkerClient.PersonRequest()),
            Op(HttpMethod.Get, $"/api/people/{personId}/audit"),
            Op(HttpMethod.Post, $"/api/people/{personId}/consents", new { providerId = provider, providerName = "Walkers" }),
            Op(HttpMethod.Post, $"/api/people/{personId}/consents/{provider}/withdrawal"),
            Op(HttpMethod.Post, $"/api/people/{personId}/referrals", new { source = "SelfReferral", reason = "Lonely", urgency = "Routine" }),
            Op(HttpMethod.Get, $"/api/referrals/{referralId}"),
            Op(HttpMethod.Post, $"/api/referrals/{referralId}/status", new { status = "Contacted", reason = "Rang her" }),
            Op(HttpMethod.Post, $"/api/referrals/{referralId}/closure", new { closureReason = "Other" }),
            Op(HttpMethod.Post, $"/api/referrals/{referralId}/notes", new { text = "Likes music." }),
            Op(HttpMethod.Put, $"/api/referrals/{referralId}/needs", new { needTermIds = new[] { "need-loneliness" } }),
            Op(HttpMethod.Put, $"/api/referrals/{referralId}/plan", new { goals = Array.Empty<object>() }),
            Op(HttpMethod.Post, $"/api/referrals/{referralId}/wellbeing", new { point = "Baseline", ons4 = new { lifeSatisfaction = 5, worthwhile = 5, happiness = 5, anxiety = 5 } }),
            Op(HttpMethod.Post, $"/api/referrals/{referralId}/connections", new { targetKind = "Volunteer", targetId = Guid.NewGuid(), providerId = provider }),
            Op(HttpMethod.Post, $"/api/connections/{connectionId}/status", new { status = "Finished" }),
        })
        {
            matrix.Expect(operation, OwnTeam);
        }
        matrix
            .Expect(Op(HttpMethod.Post, "/api/people", LinkWorkerClient.PersonRequest()), AnyCaseWorker)
            .Expect(Op(HttpMethod.Get, $"/api/provider-stats/{provider}"), AnyCaseWorker)
            .AllowOwnOnly(Op(HttpMethod.Get, "/api/teams/{teamId}/caseload"), Roles.LinkWorker, Roles.TeamLead)
            .AllowOwnOnly(Op(HttpMethod.Get, "/api/providers/{organisationId}/connections"), Roles.VcseStaff)
            // Only the organisation the request went to may answer it, even on its own route.
            .Expect(Op(HttpMethod.Post, $"/api/providers/{{organisationId}}/connections/{connectionId}/answer", new { accept = false }),
                (a, ownership) => ownership == Ownership.Own && a.OrganisationId == provider.ToString())
            .Expect(Op(HttpMethod.Get, "/api/reports/referrals?from=2026-01-01&to=2026-12-31"),
                (a, _) => a.Role is Roles.Commissioner or Roles.TeamLead);

        await matrix.VerifyAsync(TestContext.Current.CancellationToken);
    }

    private static MatrixOperation Op(HttpMethod method, string path, object? body = null) =>
        new(method, path, body is null ? null : () => JsonContent.Create(body));
}
