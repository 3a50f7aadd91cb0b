using System.Net;
using Grpc.Core;
using Grpc.Net.Client;
using SocialPrescribing.Authorization;
using SocialPrescribing.Contracts.Volunteering;
using SocialPrescribing.TestKit.Auth;
using SocialPrescribing.TestKit.Hosting;
using SocialPrescribing.Volunteering.Api.Tests.Hosting;
using GrpcVolunteering = SocialPrescribing.Contracts.Volunteering.Volunteering;

namespace SocialPrescribing.Volunteering.Api.Tests;

/// <summary>
/// Every operation the service serves (read from its own endpoint list, gRPC included) × every role × own or another
/// owner's data, plus anonymous, through the shared <see cref="AuthorizationMatrix"/>. Tokens are minted by
/// <see cref="TestTokens"/> with the identity service's claims and the scopes each kind of caller really holds, and
/// checked by the service's real JwtBearer handler. "Another owner" is organisation B and its volunteer; the
/// accounts belong to organisation A.
/// </summary>
public sealed class AuthorizationMatrixTests(InfrastructureFixture infrastructure)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Each_role_reaches_only_the_records_and_figures_it_is_entitled_to()
    {
        await using var app = await VolunteeringApp.StartAsync(infrastructure);
        var community = await Community.CreateAsync(app);
        var ownLog = await HourApprovalTests.SubmitAsync(app, community, 60);
        var logToWithdraw = await HourApprovalTests.SubmitAsync(app, community, 30);
        using var api = app.CreateClient();
        using var channel = GrpcChannel.ForAddress(app.Server.BaseAddress, new GrpcChannelOptions { HttpHandler = app.Server.CreateHandler() });
        var from = community.Today.AddDays(-30).ToString("yyyy-MM-dd");
        var to = community.Today.ToString("yyyy-MM-dd");
        var period = $"from={from}&to={to}";

        TestAccount[] moreCallers =
        [
            new(Roles.TeamLead, "lead.north", TeamId: Guid.NewGuid().ToString()),
            new(Roles.VcseClient, "api-client.a", OrganisationId: community.OrganisationA.ToString()),
            .. MatrixAccounts.Services,
        ];
        var matrix = new AuthorizationMatrix(api, (account, _) => Task.FromResult(TestTokens.For(account, string.Join(' ', MatrixAccounts.ScopesOf(account)))),
                channel.CreateCallInvoker())
            .WithAccounts([.. community.Accounts, .. moreCallers])
            .WithOtherOwner(organisationId: community.OrganisationB.ToString(), volunteerId: community.OtherVolunteerId.ToString())
            .CoveringEndpoints(EndpointInventory.Of(app.Services));
        matrix.PublicHealth().PublicApiDescription();

        // A volunteer's record: the volunteer, an administrator, and staff of an organisation they give time to.
        bool OwnVolunteerOrAdmin(TestAccount a, Ownership o) => (a.Role == Roles.Volunteer && o == Ownership.Own) || a.Role == Roles.Administrator;
        foreach (var operation in new[]
        {
            Op(HttpMethod.Get, "/api/volunteers/{volunteerId}"),
            Op(HttpMethod.Put, "/api/volunteers/{volunteerId}/profile", new { firstName = "M", lastName = "H", postcodeDistrict = "WV10", roles = new[] { "befriender" } }),
            Op(HttpMethod.Put, "/api/volunteers/{volunteerId}/availability", new { slots = Array.Empty<object>(), caseloadLimit = 3 }),
            Op(HttpMethod.Get, "/api/volunteers/{volunteerId}/hours"),
            Op(HttpMethod.Get, "/api/volunteers/{volunteerId}/hours/totals"),
        })
        {
            matrix.Expect(operation, OwnVolunteerOrAdmin);
        }
        var staffReadsOwnVolunteer = Op(HttpMethod.Get, $"/api/volunteers/{community.VolunteerId}");
        matrix.Expect(community.StaffA, Ownership.Own, staffReadsOwnVolunteer, allowed: true)
            .Expect(community.ManagerA, Ownership.Own, Op(HttpMethod.Get, $"/api/volunteers/{community.VolunteerId}/hours"), allowed: true)
            .Expect(community.StaffA, Ownership.Own, Op(HttpMethod.Get, $"/api/volunteers/{community.VolunteerId}/hours/totals"), allowed: false);

        // Checks are recorded by the volunteer's organisations (or an administrator), never by the volunteer.
        matrix.Expect(Op(HttpMethod.Put, "/api/volunteers/{volunteerId}/qualifications", new { trainings = Array.Empty<object>() }),
                (a, _) => a.Role == Roles.Administrator)
            .Expect(community.StaffA, Ownership.Own, Op(HttpMethod.Put, $"/api/volunteers/{community.VolunteerId}/qualifications", new
            {
                dbs = new { level = "enhanced-with-barred-lists", certificateNumber = "000000000001", issuedOn = community.Today.AddYears(-1), renewBy = community.Today.AddDays(Community.DbsDaysLeft) },
            }), allowed: true);

        // Hours: the volunteer logs and corrects their own; staff of their organisation too; nobody else.
        var log = new HourLogBody(Guid.NewGuid(), community.OrganisationA, null, "group-helper", community.Today.AddDays(-2), 30, null);
        matrix.AllowOwnOnly(Op(HttpMethod.Post, "/api/volunteers/{volunteerId}/hours", log), Roles.Volunteer)
            .AllowOwnOnly(Op(HttpMethod.Put, $"/api/volunteers/{{volunteerId}}/hours/{ownLog}", log with { Id = ownLog }), Roles.Volunteer)
            .Expect(community.StaffA, Ownership.Own, Op(HttpMethod.Post, $"/api/volunteers/{community.VolunteerId}/hours", log with { Id = Guid.NewGuid() }), allowed: true)
            .Expect(Op(HttpMethod.Get, $"/api/volunteers/{{volunteerId}}/hours/{ownLog}"),
                (a, o) => OwnVolunteerOrAdmin(a, o) || (a.Role is Roles.VcseStaff or Roles.VcseManager && o == Ownership.Own))
            // Only the volunteer takes a log back; an organisation rejects it instead.
            .AllowOwnOnly(Op(HttpMethod.Post, $"/api/volunteers/{{volunteerId}}/hours/{logToWithdraw}/withdraw"), Roles.Volunteer);

        // Registration: organisation staff and administrators.
        matrix.Expect(Op(HttpMethod.Post, "/api/volunteers", new { }),
            (a, _) => a.Role is Roles.VcseStaff or Roles.VcseManager or Roles.Administrator);

        // An organisation's side: its own staff; the settings only its manager.
        foreach (var operation in new[]
        {
            Op(HttpMethod.Get, "/api/organisations/{organisationId}/settings"),
            Op(HttpMethod.Get, "/api/organisations/{organisationId}/volunteers"),
            Op(HttpMethod.Get, "/api/organisations/{organisationId}/hours?status=submitted"),
            Op(HttpMethod.Get, $"/api/organisations/{{organisationId}}/hours/totals?{period}"),
            Op(HttpMethod.Post, "/api/organisations/{organisationId}/hours/approve", new { logIds = new[] { Guid.NewGuid() } }),
            Op(HttpMethod.Post, $"/api/organisations/{{organisationId}}/hours/{Guid.NewGuid()}/approve"),
            Op(HttpMethod.Post, $"/api/organisations/{{organisationId}}/hours/{Guid.NewGuid()}/reject", new { reason = "No" }),
        })
        {
            matrix.AllowOwnOnly(operation, Roles.VcseStaff, Roles.VcseManager);
        }
        matrix.AllowOwnOnly(Op(HttpMethod.Put, "/api/organisations/{organisationId}/settings", new { name = "Wolverhampton Friendship Line" }), Roles.VcseManager);

        // Commissioning: aggregates, valuation sets, programmes and SROI for commissioners and administrators.
        foreach (var operation in new[]
        {
            Op(HttpMethod.Get, $"/api/reports/hours?{period}"),
            Op(HttpMethod.Get, "/api/valuation-sets"),
            Op(HttpMethod.Get, "/api/valuation-sets/starter"),
            Op(HttpMethod.Get, $"/api/valuation-sets/{Guid.NewGuid()}"),
            Op(HttpMethod.Get, $"/api/valuation-sets/{Guid.NewGuid()}/versions"),
            Op(HttpMethod.Get, $"/api/valuation-sets/{Guid.NewGuid()}/versions/1"),
            Op(HttpMethod.Post, "/api/valuation-sets", new { }),
            Op(HttpMethod.Put, $"/api/valuation-sets/{Guid.NewGuid()}", new { }),
            Op(HttpMethod.Get, "/api/programmes"),
            Op(HttpMethod.Post, "/api/programmes", new { }),
            Op(HttpMethod.Get, $"/api/programmes/{Guid.NewGuid()}"),
            Op(HttpMethod.Put, $"/api/programmes/{Guid.NewGuid()}", new { }),
            Op(HttpMethod.Get, $"/api/programmes/{Guid.NewGuid()}/investments"),
            Op(HttpMethod.Post, $"/api/programmes/{Guid.NewGuid()}/investments", new { }),
            Op(HttpMethod.Get, $"/api/programmes/{Guid.NewGuid()}/investments/{Guid.NewGuid()}"),
            Op(HttpMethod.Put, $"/api/programmes/{Guid.NewGuid()}/investments/{Guid.NewGuid()}", new { }),
            Op(HttpMethod.Post, "/api/sroi/reports", new { }),
            Op(HttpMethod.Get, $"/api/reports/volunteering-diversity?{period}"),
        })
        {
            matrix.Expect(operation, (a, _) => a.Role is Roles.Commissioner or Roles.Administrator);
        }

        // Invitations: an organisation invites and lists what it sent; only the volunteer sees and answers theirs.
        matrix.AllowOwnOnly(Op(HttpMethod.Post, "/api/organisations/{organisationId}/invitations", new { volunteerId = community.OtherVolunteerId }), Roles.VcseStaff, Roles.VcseManager)
            .AllowOwnOnly(Op(HttpMethod.Get, "/api/organisations/{organisationId}/invitations"), Roles.VcseStaff, Roles.VcseManager)
            .AllowOwnOnly(Op(HttpMethod.Get, "/api/volunteers/{volunteerId}/invitations"), Roles.Volunteer)
            .AllowOwnOnly(Op(HttpMethod.Post, $"/api/volunteers/{{volunteerId}}/invitations/{Guid.NewGuid()}/accept"), Roles.Volunteer)
            .AllowOwnOnly(Op(HttpMethod.Post, $"/api/volunteers/{{volunteerId}}/invitations/{Guid.NewGuid()}/decline"), Roles.Volunteer);

        // Reminders: how the volunteer gets them is theirs alone to see and choose.
        matrix.AllowOwnOnly(Op(HttpMethod.Get, "/api/volunteers/{volunteerId}/reminders"), Roles.Volunteer)
            .AllowOwnOnly(Op(HttpMethod.Put, "/api/volunteers/{volunteerId}/reminders", new { preference = "none" }), Roles.Volunteer);

        // The quarterly survey and equality data: the volunteer's own, seen by nobody else (not their organisation, nor an administrator).
        matrix.AllowOwnOnly(Op(HttpMethod.Get, "/api/volunteers/{volunteerId}/survey"), Roles.Volunteer)
            .AllowOwnOnly(Op(HttpMethod.Post, "/api/volunteers/{volunteerId}/survey", new { useful = "agree", supported = "agree" }), Roles.Volunteer)
            .AllowOwnOnly(Op(HttpMethod.Get, "/api/volunteers/{volunteerId}/equality"), Roles.Volunteer)
            .AllowOwnOnly(Op(HttpMethod.Put, "/api/volunteers/{volunteerId}/equality", new { consent = true, disability = "no" }), Roles.Volunteer)
            .AllowOwnOnly(Op(HttpMethod.Delete, "/api/volunteers/{volunteerId}/equality"), Roles.Volunteer);

        // gRPC: every volunteer's availability and checks for the matcher alone; SROI figures are aggregates.
        var grpc = GrpcVolunteering.Descriptor;
        matrix
            .Expect(MatrixOperation.Grpc(grpc, "GetAvailableVolunteers", (invoker, options, _) => new GrpcVolunteering.VolunteeringClient(invoker)
                    .GetAvailableVolunteersAsync(new GetAvailableVolunteersRequest { PageSize = 10 }, options).ResponseAsync),
                MatrixAccounts.OnlyServices(ServiceClients.Matching))
            .Expect(MatrixOperation.Grpc(grpc, "GetSroiReport", (invoker, options, _) => new GrpcVolunteering.VolunteeringClient(invoker)
                    .GetSroiReportAsync(new GetSroiReportRequest(), options).ResponseAsync),
                (a, _) => a.Role is Roles.Commissioner or Roles.Administrator);


        await matrix.VerifyAsync(Ct);
        TestContext.Current.TestOutputHelper?.WriteLine($"{matrix.Rows.Count} rows");
    }

    [Fact]
    public async Task A_token_issued_for_another_API_is_refused()
    {
        await using var app = await VolunteeringApp.StartAsync(infrastructure);
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.For(Community.Commissioner, scope: ApiScopes.DirectoryRead));

        using var response = await client.GetAsync("/api/valuation-sets/starter", Ct);

        await Community.ExpectAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_gRPC_questions_answer_only_the_matcher_and_commissioners()
    {
        await using var app = await VolunteeringApp.StartAsync(infrastructure);
        var community = await Community.CreateAsync(app);
        var grpc = app.GrpcClient();
        var available = new GetAvailableVolunteersRequest { PageSize = 10 };
        var service = new TestAccount(Roles.Service, ServiceClients.Matching);

        var asMatcher = await grpc.GetAvailableVolunteersAsync(available, VolunteeringApp.AuthorisedAs(service), cancellationToken: Ct);
        var anonymous = await Assert.ThrowsAsync<RpcException>(() => grpc.GetAvailableVolunteersAsync(available, cancellationToken: Ct).ResponseAsync);
        var asVolunteer = await Assert.ThrowsAsync<RpcException>(() =>
            grpc.GetAvailableVolunteersAsync(available, VolunteeringApp.AuthorisedAs(community.Volunteer), cancellationToken: Ct).ResponseAsync);
        // Link workers see volunteers only as the matcher's suggestions; no other service needs the list.
        var asLinkWorker = await Assert.ThrowsAsync<RpcException>(() =>
            grpc.GetAvailableVolunteersAsync(available, VolunteeringApp.AuthorisedAs(Community.LinkWorker), cancellationToken: Ct).ResponseAsync);
        var asReferrals = await Assert.ThrowsAsync<RpcException>(() =>
            grpc.GetAvailableVolunteersAsync(available, VolunteeringApp.AuthorisedAs(new TestAccount(Roles.Service, ServiceClients.Referrals)), cancellationToken: Ct).ResponseAsync);
        var sroiAsLinkWorker = await Assert.ThrowsAsync<RpcException>(() =>
            grpc.GetSroiReportAsync(new GetSroiReportRequest(), VolunteeringApp.AuthorisedAs(Community.LinkWorker), cancellationToken: Ct).ResponseAsync);
        var sroiAsCommissioner = await Assert.ThrowsAsync<RpcException>(() =>
            grpc.GetSroiReportAsync(new GetSroiReportRequest(), VolunteeringApp.AuthorisedAs(Community.Commissioner), cancellationToken: Ct).ResponseAsync);

        Assert.Equal(2, asMatcher.Volunteers.Count);
        Assert.Equal(StatusCode.Unauthenticated, anonymous.StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, asVolunteer.StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, asLinkWorker.StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, asReferrals.StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, sroiAsLinkWorker.StatusCode);
        Assert.Equal(StatusCode.InvalidArgument, sroiAsCommissioner.StatusCode);
    }

    private static MatrixOperation Op(HttpMethod method, string path, object? body = null) => MatrixOperation.Rest(method, path, body);
}
