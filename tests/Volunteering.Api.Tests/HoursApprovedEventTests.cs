using System.Net;
using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Contracts.IntegrationEvents;
using SocialPrescribing.TestKit;
using SocialPrescribing.TestKit.Hosting;
using SocialPrescribing.Volunteering.Api.Tests.Hosting;

namespace SocialPrescribing.Volunteering.Api.Tests;

public sealed class HoursApprovedEventTests(InfrastructureFixture infrastructure)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_approval_leaves_through_the_outbox_and_reaches_a_consumer_on_RabbitMQ()
    {
        await using var listener = await EventListener<HoursApprovedIntegrationEvent>.StartAsync(infrastructure.BrokerConnectionString);
        await using var app = await VolunteeringApp.StartAsync(infrastructure);
        var community = await Community.CreateAsync(app);
        var log = await HourApprovalTests.SubmitAsync(app, community, 75);
        using var staff = app.ClientFor(community.StaffA);

        using var approve = await staff.PostAsync($"/api/organisations/{community.OrganisationA}/hours/{log}/approve", null, Ct);

        await Community.ExpectAsync(approve, HttpStatusCode.OK);
        var outboxId = await app.WithDbAsync(db => db.Set<Messaging.Outbox.OutboxMessage>()
            .Where(m => m.EventType.StartsWith("SocialPrescribing.Contracts.IntegrationEvents.HoursApprovedIntegrationEvent"))
            .Select(m => m.Id).SingleAsync(Ct));
        await Eventually.HoldsAsync(() => Task.FromResult(listener.Received.ContainsKey(outboxId)), "the hours-approved event reaches the listener");
        var received = listener.Received[outboxId];
        Assert.Equal((log, community.VolunteerId, community.OrganisationA, 75, false),
            (received.HourLogId, received.VolunteerId, received.OrganisationId, received.Minutes, received.ApprovedAutomatically));
        await Eventually.HoldsAsync(
            () => app.WithDbAsync(db => db.Set<Messaging.Outbox.OutboxMessage>().AnyAsync(m => m.Id == outboxId && m.PublishedAt != null, Ct)),
            "the outbox row is marked published");
    }
}
