using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialPrescribing.Contracts.Http.Volunteering;
using SocialPrescribing.Notifications.Dispatching;
using SocialPrescribing.Notifications.Model;
using SocialPrescribing.Notifications.Sending;
using SocialPrescribing.TestKit.Hosting;
using SocialPrescribing.Volunteering.Api.Tests.Hosting;
using SocialPrescribing.Volunteering.Application;
using SocialPrescribing.Volunteering.Infrastructure;

namespace SocialPrescribing.Volunteering.Api.Tests.Experience;

/// <summary>The quarterly survey: who is asked, once a quarter, and one answer each a quarter.</summary>
public sealed class SurveyTests(InfrastructureFixture infrastructure)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_volunteer_with_approved_hours_this_quarter_is_asked_once_and_answers_once()
    {
        await using var app = await VolunteeringApp.StartAsync(infrastructure);
        var community = await Community.CreateAsync(app);
        await DbsRenewalReminderTests.GiveEmailAsync(app, community);
        await Volunteers.AddAsync(app, community.OrganisationA, community.Today, 60, id: community.VolunteerId);
        using var phone = app.ClientFor(community.Volunteer);
        var survey = $"/api/volunteers/{community.VolunteerId}/survey";

        // The rule run twice (a retry, or a second replica), then the dispatcher twice: one invitation, sent once.
        await RunRulesAsync(app);
        await RunRulesAsync(app);
        var sent = await DispatchAsync(app) + await DispatchAsync(app);
        var asked = await phone.GetFromJsonAsync<SurveyStatusResponse>(survey, Json.Options, Ct);
        using var answer = await phone.PostAsJsonAsync(survey, new { useful = "strongly-agree", supported = "disagree", comments = "More training please." }, Ct);
        using var again = await phone.PostAsJsonAsync(survey, new { useful = "agree", supported = "agree" }, Ct);
        var answered = await phone.GetFromJsonAsync<SurveyStatusResponse>(survey, Json.Options, Ct);
        await RunRulesAsync(app);

        Assert.Equal(1, sent);
        var invitation = Assert.Single(await InvitationsAsync(app));
        Assert.Equal(community.VolunteerId, invitation.SubjectId);
        Assert.Equal(SurveyInvitations.Template, invitation.Template);
        Assert.Equal(NotificationStatus.Sent, invitation.Status);
        Assert.True(asked!.Invited);
        await Community.ExpectAsync(answer, HttpStatusCode.Created);
        await Community.ExpectAsync(again, HttpStatusCode.Conflict);
        Assert.StartsWith("Thank you, you have already told us how volunteering is going", (await Json.ReadAsync(again)).GetProperty("detail").GetString());
        Assert.False(answered!.Invited);
        Assert.True(answered.Answered);
        var stored = Assert.Single(await app.WithDbAsync(db => db.SurveyAnswers.ToListAsync(Ct)));
        Assert.Equal(answered.Quarter, stored.Quarter);
        Assert.Equal("More training please.", stored.Comments);
    }

    [Fact]
    public async Task A_volunteer_without_approved_hours_this_quarter_is_not_asked()
    {
        await using var app = await VolunteeringApp.StartAsync(infrastructure);
        var community = await Community.CreateAsync(app);
        // Hours waiting for approval, and approved hours in the quarter before, do not count.
        await HourApprovalTests.SubmitAsync(app, community, 60);
        var lastQuarter = Contracts.Reports.ReportPeriod.LastEnded(community.Today);
        await Volunteers.AddAsync(app, community.OrganisationB, lastQuarter.To, 60, id: community.OtherVolunteerId);
        using var phone = app.ClientFor(community.Volunteer);

        await RunRulesAsync(app);
        var status = await phone.GetFromJsonAsync<SurveyStatusResponse>($"/api/volunteers/{community.VolunteerId}/survey", Json.Options, Ct);

        Assert.Empty(await InvitationsAsync(app));
        Assert.False(status!.Invited);
    }

    [Fact]
    public async Task A_volunteer_who_opted_out_of_reminders_gets_an_invitation_record_that_is_never_sent()
    {
        await using var app = await VolunteeringApp.StartAsync(infrastructure);
        var community = await Community.CreateAsync(app);
        await DbsRenewalReminderTests.GiveEmailAsync(app, community);
        await Volunteers.AddAsync(app, community.OrganisationA, community.Today, 60, id: community.VolunteerId);
        using var phone = app.ClientFor(community.Volunteer);
        using var optOut = await phone.PutAsJsonAsync($"/api/volunteers/{community.VolunteerId}/reminders", new { preference = "none" }, Ct);
        await Community.ExpectAsync(optOut, HttpStatusCode.OK);

        await RunRulesAsync(app);
        var sent = await DispatchAsync(app);

        Assert.Equal(0, sent);
        Assert.Equal(NotificationStatus.OptedOut, Assert.Single(await InvitationsAsync(app)).Status);
        Assert.Empty(app.Services.GetRequiredService<DevelopmentNotificationSender>().Sent);
    }

    [Fact]
    public async Task An_answer_without_both_statements_is_refused_naming_each_and_nothing_is_stored()
    {
        await using var app = await VolunteeringApp.StartAsync(infrastructure);
        var community = await Community.CreateAsync(app);
        using var phone = app.ClientFor(community.Volunteer);

        using var response = await phone.PostAsJsonAsync($"/api/volunteers/{community.VolunteerId}/survey", new { comments = new string('x', 2001) }, Ct);

        await Community.ExpectAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(["useful", "supported", "comments"], await Json.ErrorFieldsAsync(response));
        Assert.Equal(0, await app.WithDbAsync(db => db.SurveyAnswers.CountAsync(Ct)));
    }

    private static Task<List<NotificationRecord>> InvitationsAsync(VolunteeringApp app) =>
        app.WithDbAsync(db => db.Notifications.Where(n => n.Template == SurveyInvitations.Template).ToListAsync(Ct));

    private static Task<int> RunRulesAsync(VolunteeringApp app) =>
        app.InScopeAsync(services => services.GetServices<IReminderRule>().OfType<SurveyInvitations>().Single().RecordDueAsync(Ct));

    private static Task<int> DispatchAsync(VolunteeringApp app) =>
        app.InScopeAsync(services => services.GetRequiredService<NotificationDispatcher<VolunteeringContext>>().RunOnceAsync(Ct));
}
