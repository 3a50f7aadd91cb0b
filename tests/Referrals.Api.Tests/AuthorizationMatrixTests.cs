using Grpc.Net.Client;
using SocialPrescribing.Authorization;
using SocialPrescribing.Contracts.Referrals;
using System.Net.Http.Json;
using SocialPrescribing.Referrals.Api.Tests.Fhir;
using SocialPrescribing.Referrals.Api.Tests.Hosting;
using SocialPrescribing.TestKit.Auth;
using GrpcReferrals = SocialPrescribing.Contracts.Referrals.Referrals;

namespace SocialPrescribing.Referrals.Api.Tests;

/// <summary>
/// Every operation the referrals service serves (read from its own endpoint list, gRPC included) × every kind of caller
/// × own or another team or organisation, through the shared <see cref="AuthorizationMatrix"/>. The case belongs to
/// the accounts' team and the connection was asked of the accounts' organisation; the "other" accounts are of
/// another team and organisation.
/// </summary>
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
        // A GP system's referral to the team, closed so its message back can be read and resent.
        var gpReferralId = await new GpSystemClient(app.CreateClient(TestTokens.GpSystem(team, "gp-system"))).SendAsync(GpSystemClient.Example("referral-transaction"));
        await LinkWorkerClient.ReadAsync(await owner.ChangeReferralAsync(gpReferralId, HttpMethod.Post, "closure", new { closureReason = "declined-by-person", outcome = "Declined.", summary = "Declined when rung." }));

        var (otherTeam, otherOrganisation) = (Guid.NewGuid().ToString(), Guid.NewGuid().ToString());
        TestAccount[] others =
        [
            new(Roles.LinkWorker, "link-worker-other-team", TeamId: otherTeam),
            new(Roles.TeamLead, "team-lead-other-team", TeamId: otherTeam),
            new(Roles.VcseStaff, "vcse-staff-other-organisation", OrganisationId: otherOrganisation),
            new(Roles.VcseClient, "vcse-api-client-other-organisation", OrganisationId: otherOrganisation),
            new(Roles.GpSystem, "gp-system", TeamId: team.ToString()),
            new(Roles.GpSystem, "gp-system-other-team", TeamId: otherTeam),
            new(Roles.Service, ServiceClients.Web),
        ];
        using var http = app.Factory.CreateClient();
        using var channel = GrpcChannel.ForAddress(app.Factory.Server.BaseAddress, new GrpcChannelOptions { HttpHandler = app.Factory.Server.CreateHandler() });
        var matrix = new AuthorizationMatrix(http, (account, _) => Task.FromResult(TestTokens.For(account)), channel.CreateCallInvoker())
            .WithAccounts([.. MatrixAccounts.For(team, provider, Guid.NewGuid()), .. others])
            .WithOtherOwner(teamId: Guid.NewGuid().ToString(), organisationId: Guid.NewGuid().ToString())
            .CoveringEndpoints(EndpointInventory.Of(app.Factory.Services));

        // The case: its team's link workers and team lead, nobody else (not the GP system that sent it).
        bool OwnTeam(TestAccount a, Ownership _) => a.TeamId == team.ToString() && a.Role != Roles.GpSystem;
        foreach (var operation in new[]
        {
            Rest(HttpMethod.Get, $"/api/people/{personId}"),
            Rest(HttpMethod.Put, $"/api/people/{personId}", LinkWorkerClient.PersonRequest()),
            Rest(HttpMethod.Get, $"/api/people/{personId}/audit"),
            Rest(HttpMethod.Post, $"/api/people/{personId}/consents", new { providerId = provider, providerName = "Walkers", method = "verbal" }),
            Rest(HttpMethod.Post, $"/api/people/{personId}/consents/{provider}/withdrawal", new { method = "written" }),
            Rest(HttpMethod.Post, $"/api/people/{personId}/consents/service", new { method = "online" }),
            Rest(HttpMethod.Post, $"/api/people/{personId}/consents/service/withdrawal", new { method = "verbal" }),
            Rest(HttpMethod.Post, $"/api/people/{personId}/referrals", new { source = "self-referral", reason = "Lonely", urgency = "routine" }),
            Rest(HttpMethod.Get, $"/api/referrals/{referralId}"),
            Rest(HttpMethod.Post, $"/api/referrals/{referralId}/status", new { status = "contacted", reason = "Rang her" }),
            Rest(HttpMethod.Post, $"/api/referrals/{referralId}/triage", new { outcome = "safe-to-proceed", note = "Nothing of concern" }),
            Rest(HttpMethod.Post, $"/api/referrals/{referralId}/notes", new { text = "Likes music." }),
            Rest(HttpMethod.Put, $"/api/referrals/{referralId}/needs", new { needTermIds = new[] { FakeTaxonomy.Id("need-loneliness") } }),
            Rest(HttpMethod.Put, $"/api/referrals/{referralId}/plan", new { goals = Array.Empty<object>() }),
            Rest(HttpMethod.Post, $"/api/referrals/{referralId}/wellbeing", new { point = "baseline", ons4 = new { lifeSatisfaction = 5, worthwhile = 5, happiness = 5, anxiety = 5 } }),
            Rest(HttpMethod.Post, $"/api/referrals/{referralId}/connections", new { targetKind = "volunteer", targetId = Guid.NewGuid(), providerId = provider }),
            Rest(HttpMethod.Post, $"/api/connections/{connectionId}/status", new { status = "finished" }),
            Rest(HttpMethod.Get, $"/api/referrals/{referralId}/reminders"),
            Rest(HttpMethod.Put, $"/api/referrals/{referralId}/reminders", new { preference = "none" }),
            Rest(HttpMethod.Get, $"/api/referrals/{referralId}/notifications"),
            Rest(HttpMethod.Post, $"/api/referrals/{referralId}/closure", new { closureReason = "other" }),
            Rest(HttpMethod.Get, $"/api/referrals/{gpReferralId}/message-back"),
            Rest(HttpMethod.Post, $"/api/referrals/{gpReferralId}/message-back"),
        })
        {
            matrix.Expect(operation, OwnTeam);
        }
        matrix
            .Allow(Rest(HttpMethod.Post, "/api/people", LinkWorkerClient.PersonRequest()), Roles.LinkWorker, Roles.TeamLead)
            .Allow(Rest(HttpMethod.Get, $"/api/provider-stats/{provider}"), Roles.LinkWorker, Roles.TeamLead)
            .Allow(Rest(HttpMethod.Get, $"/api/volunteers/{Guid.NewGuid()}/organisations"), Roles.LinkWorker, Roles.TeamLead)
            .AllowOwnOnly(Rest(HttpMethod.Get, "/api/teams/{teamId}/caseload"), Roles.LinkWorker, Roles.TeamLead)
            .AllowOwnOnly(Rest(HttpMethod.Get, "/api/teams/{teamId}/people?q=Doris"), Roles.LinkWorker, Roles.TeamLead)
            .AllowOwnOnly(Rest(HttpMethod.Get, "/api/providers/{organisationId}/connections"), Roles.VcseStaff, Roles.VcseManager, Roles.VcseClient)
            .AllowOwnOnly(Rest(HttpMethod.Get, "/api/providers/{organisationId}/feedback"), Roles.VcseStaff, Roles.VcseManager, Roles.VcseClient)
            // Only the organisation the request went to may answer it, even on its own route.
            .Expect(Rest(HttpMethod.Post, $"/api/providers/{{organisationId}}/connections/{connectionId}/answer", new { accept = false }),
                (a, ownership) => ownership == Ownership.Own && a.OrganisationId == provider.ToString())
            // Attendance: the managers and API clients of the organisation the request went to, not its other staff.
            .Expect(Rest(HttpMethod.Post, $"/api/providers/{{organisationId}}/connections/{connectionId}/attendance", new { outcome = "did-not-attend" }),
                (a, ownership) => ownership == Ownership.Own && a.OrganisationId == provider.ToString() && a.Role is Roles.VcseManager or Roles.VcseClient)
            .Allow(Rest(HttpMethod.Get, "/api/reports/referrals?from=2026-01-01&to=2026-12-31"), Roles.Commissioner, Roles.Administrator, Roles.TeamLead)
            .Allow(Rest(HttpMethod.Get, "/api/reports/experience?from=2026-01-01&to=2026-03-31"), Roles.Commissioner, Roles.Administrator, Roles.TeamLead)
            // Reminders are not held by team, so a team lead is not shown every team's.
            .Allow(Rest(HttpMethod.Get, "/api/reports/notifications?from=2026-07-01&to=2026-09-30"), Roles.Commissioner, Roles.Administrator)
            // A link worker's own daily digest: any link worker, for themselves only (the route names no one else).
            .Allow(Rest(HttpMethod.Get, "/api/link-workers/me/reminders"), Roles.LinkWorker, Roles.TeamLead)
            .Allow(Rest(HttpMethod.Put, "/api/link-workers/me/reminders", new { preference = "email" }), Roles.LinkWorker)
            // FHIR for GP systems: each client reads only what it sent (another client's referral is "not found", which
            // the matrix counts as admitted; GpReferralInTests and MessageBackOutTests show the refusal itself).
            .Allow(Rest(HttpMethod.Post, "/fhir", GpSystemClient.Example("referral-transaction")), Roles.GpSystem)
            .Allow(Rest(HttpMethod.Get, $"/fhir/ServiceRequest/{gpReferralId}"), Roles.GpSystem)
            .Allow(Rest(HttpMethod.Get, $"/fhir/Task/{gpReferralId}"), Roles.GpSystem)
            .Allow(Rest(HttpMethod.Get, "/fhir/Task?based-on:identifier=REF-2026-0001"), Roles.GpSystem)
            .Public(Rest(HttpMethod.Get, "/fhir/metadata"))
            // A person's own referral: only the public web's client, after its spam checks; never a person's token.
            .Expect(Rest(HttpMethod.Post, "/api/self-referrals", SelfReferralTests.SelfReferral()), MatrixAccounts.OnlyServices(ServiceClients.Web))
            // A person's survey link, opened and answered for them by the public web alone (an unknown token is "not found", counted as admitted).
            .Expect(Rest(HttpMethod.Get, "/api/surveys/not-a-token"), MatrixAccounts.OnlyServices(ServiceClients.Web))
            .Expect(Rest(HttpMethod.Post, "/api/surveys/not-a-token/answers", new { answers = new { rating = "4" } }), MatrixAccounts.OnlyServices(ServiceClients.Web))
            .PublicHealth()
            .PublicApiDescription();

        // Every team's referrals, for the matcher's read model: the matcher alone.
        var service = GrpcReferrals.Descriptor;
        matrix
            .Expect(MatrixOperation.Grpc(service, "GetMatchingProfile", (grpc, options, _) => new GrpcReferrals.ReferralsClient(grpc)
                .GetMatchingProfileAsync(new GetMatchingProfileRequest { ReferralId = referralId.ToString() }, options).ResponseAsync), MatrixAccounts.OnlyServices(ServiceClients.Matching))
            .Expect(MatrixOperation.Grpc(service, "GetOpenMatchingProfilesPage", (grpc, options, _) => new GrpcReferrals.ReferralsClient(grpc)
                .GetOpenMatchingProfilesPageAsync(new OpenMatchingProfilesPageRequest { PageSize = 1 }, options).ResponseAsync), MatrixAccounts.OnlyServices(ServiceClients.Matching));

        await matrix.VerifyAsync(TestContext.Current.CancellationToken);
        TestContext.Current.TestOutputHelper?.WriteLine($"{matrix.Rows.Count} rows");
    }

    private static MatrixOperation Rest(HttpMethod method, string path, object? body = null) => MatrixOperation.Rest(method, path, body);
}
