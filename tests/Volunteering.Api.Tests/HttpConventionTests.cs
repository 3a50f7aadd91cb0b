using System.Net.Http.Json;
using SocialPrescribing.TestKit.Conventions;
using SocialPrescribing.TestKit.Hosting;
using SocialPrescribing.Volunteering.Api.Tests.Hosting;

namespace SocialPrescribing.Volunteering.Api.Tests;

/// <summary>The volunteering service answers as docs/conventions.md says every service does.</summary>
public sealed class HttpConventionTests(InfrastructureFixture infrastructure)
{
    [Fact]
    public async Task A_body_that_does_not_read_is_a_400_problem_naming_the_field()
    {
        await using var app = await VolunteeringApp.StartAsync(infrastructure);
        var community = await Community.CreateAsync(app);
        using var phone = app.ClientFor(community.Volunteer);

        await HttpConventions.UnreadableBodyIsRefusedAsync(phone, HttpMethod.Post, $"/api/volunteers/{community.VolunteerId}/hours",
            $$"""{ "id": "{{Guid.NewGuid()}}", "organisationId": "{{community.OrganisationA}}", "role": "befriender", "date": "{{community.Today.AddDays(-1):yyyy-MM-dd}}", "minutes": "an hour" }""",
            "$.minutes");
    }

    [Fact]
    public async Task A_correction_to_an_hour_log_needs_the_version_last_read_in_If_Match()
    {
        await using var app = await VolunteeringApp.StartAsync(infrastructure);
        var community = await Community.CreateAsync(app);
        var log = await HourApprovalTests.SubmitAsync(app, community, 60);
        using var phone = app.ClientFor(community.Volunteer);
        var path = $"/api/volunteers/{community.VolunteerId}/hours/{log}";

        await HttpConventions.ChangeNeedsTheCurrentVersionAsync(phone, path, attempt =>
            new HttpRequestMessage(HttpMethod.Put, path) { Content = JsonContent.Create(HourLogSubmissionTests.Log(community, log, minutes: 45 + attempt)) });
    }
}
