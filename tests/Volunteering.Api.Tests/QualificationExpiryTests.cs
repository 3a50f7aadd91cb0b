using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialPrescribing.Authorization;
using SocialPrescribing.Contracts.Volunteering;
using SocialPrescribing.TestKit.Auth;
using SocialPrescribing.TestKit.Hosting;
using SocialPrescribing.Volunteering.Api.Tests.Hosting;
using SocialPrescribing.Volunteering.Application;

namespace SocialPrescribing.Volunteering.Api.Tests;

public sealed class QualificationExpiryTests(InfrastructureFixture infrastructure)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_expired_DBS_check_makes_the_volunteer_unavailable_for_roles_that_need_it()
    {
        await using var app = await VolunteeringApp.StartAsync(infrastructure);
        var community = await Community.CreateAsync(app);
        var matcher = app.GrpcClient();
        var asMatcher = VolunteeringApp.AuthorisedAs(new TestAccount(Roles.Service, ServiceClients.Matching));
        var befrienders = new GetAvailableVolunteersRequest { PageSize = 50, Role = "befriender", OrganisationId = community.OrganisationA.ToString() };
        var anyRole = new GetAvailableVolunteersRequest { PageSize = 50, OrganisationId = community.OrganisationA.ToString() };

        var beforeExpiry = await matcher.GetAvailableVolunteersAsync(befrienders, asMatcher, cancellationToken: Ct);
        // The check is in date up to and including its renewal date, so the day after it has lapsed.
        app.Time.Advance(TimeSpan.FromDays(Community.DbsDaysLeft + 1));
        var afterExpiry = await matcher.GetAvailableVolunteersAsync(befrienders, asMatcher, cancellationToken: Ct);
        var stillAvailable = await matcher.GetAvailableVolunteersAsync(anyRole, asMatcher, cancellationToken: Ct);

        var before = Assert.Single(beforeExpiry.Volunteers);
        Assert.Equal(community.VolunteerId.ToString(), before.VolunteerId);
        Assert.Equal(["befriender", "group-helper"], before.Roles);
        Assert.True(before.Dbs.InDate);
        Assert.Equal(3, before.FreeCaseload);
        Assert.Empty(afterExpiry.Volunteers);
        var after = Assert.Single(stillAvailable.Volunteers);
        Assert.Equal(["group-helper"], after.Roles);
        Assert.Equal("befriender", Assert.Single(after.BlockedRoles).Role);
        Assert.False(after.Dbs.InDate);
        Assert.Equal("safeguarding-adults", Assert.Single(after.Trainings).Code);
    }

    [Fact]
    public async Task Each_expiry_warning_and_the_expiry_itself_is_raised_once_however_often_the_check_runs()
    {
        await using var app = await VolunteeringApp.StartAsync(infrastructure);
        var community = await Community.CreateAsync(app);
        var ninetyDaysOut = await RunTwiceAsync(app);

        // 90 days left → 60 → 30 → 7 → one day past the renewal date.
        var raised = new List<int>();
        foreach (var days in new[] { 30, 30, 23, 8 })
        {
            app.Time.Advance(TimeSpan.FromDays(days));
            raised.Add(await RunTwiceAsync(app));
        }

        Assert.Equal(0, ninetyDaysOut);
        Assert.Equal([2, 2, 2, 2], raised); // one notice per volunteer at each stage
        // The notices table, not the outbox: the relay deletes published rows after its retention period, which the fake clock passes.
        var notices = await app.WithDbAsync(db => db.QualificationNotices
            .Where(n => n.VolunteerId == community.VolunteerId).OrderBy(n => n.RaisedAt).Select(n => new { n.Qualification, n.Stage }).ToListAsync(Ct));
        Assert.Equal([("dbs", 60), ("dbs", 30), ("dbs", 7), ("dbs", 0)], notices.Select(n => (n.Qualification, n.Stage)));
        var expired = await app.WithDbAsync(db => db.Set<Messaging.Outbox.OutboxMessage>()
            .Where(m => m.EventType.Contains("QualificationExpiredIntegrationEvent")).Select(m => m.Payload).FirstAsync(Ct));
        Assert.Equal(["befriender"], JsonDocument.Parse(expired).RootElement.GetProperty("rolesNowBlocked").EnumerateArray().Select(r => r.GetString()));
    }

    private static async Task<int> RunTwiceAsync(VolunteeringApp app)
    {
        var first = await app.InScopeAsync(s => s.GetRequiredService<QualificationExpiryCheck>().RunAsync(Ct));
        var second = await app.InScopeAsync(s => s.GetRequiredService<QualificationExpiryCheck>().RunAsync(Ct));
        Assert.Equal(0, second);
        return first;
    }
}
