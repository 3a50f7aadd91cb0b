using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialPrescribing.Authorization;
using SocialPrescribing.Referrals.Api.Tests.Hosting;
using SocialPrescribing.Referrals.Infrastructure;

namespace SocialPrescribing.Referrals.Api.Tests.Surveys;

/// <summary>
/// A person taken through the referrals service to where a survey link is sent, and the public web's client that opens
/// and answers the link. The token is read from the notification waiting to be sent, as the person would read it.
/// </summary>
public sealed class SurveyCase(ReferralsApp app)
{
    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Guid? _activityId;

    public Guid TeamId { get; } = Guid.NewGuid();
    public LinkWorkerClient Worker => new(app.CreateClient(TestTokens.LinkWorker(TeamId)));
    public Guid ProviderId { get; } = Guid.NewGuid();
    public HttpClient Web { get; } = app.CreateClient(TestTokens.Issue(Roles.Service, [ApiScopes.Referrals], subject: ServiceClients.Web));
    public HttpClient Provider => app.CreateClient(TestTokens.Issue(Roles.VcseManager, [ApiScopes.Referrals], organisationId: ProviderId));

    /// <summary>A person (reminders by text unless <paramref name="reminders"/> says otherwise) referred, connected to "Chair yoga" and assessed.</summary>
    public async Task<(Guid ReferralId, Guid ConnectionId)> ConnectedAsync(string reminders = "text", bool carer = false)
    {
        var person = LinkWorkerClient.PersonRequest();
        person["contact"] = new JsonObject { ["preferred"] = "text-message", ["mobile"] = "07700 900127" };
        person["isCarer"] = carer;
        var referralId = await Worker.ReferAsync(await Worker.RegisterPersonAsync(person));
        await LinkWorkerClient.ReadAsync(await Worker.Http.PutAsJsonAsync($"/api/referrals/{referralId}/reminders", new { preference = reminders }, Ct));
        await Worker.MoveAlongAsync(referralId, "contacted");
        using (var baseline = await Worker.MeasureAsync(referralId, "baseline", [5, 6, 5, 7], [3, 3, 2, 3, 3, 2, 3]))
        {
            Assert.Equal(HttpStatusCode.Created, baseline.StatusCode);
        }
        await Worker.AgreePlanAsync(referralId);
        await Worker.MoveAlongAsync(referralId, "assessed", "connecting");
        _activityId ??= app.Places.WeeklyActivityRunBy(ProviderId, "Chair yoga", DayOfWeek.Tuesday, new TimeOnly(10, 30));
        var connectionId = await Worker.RequestActivityAsync(referralId, _activityId.Value, ProviderId);
        await LinkWorkerClient.ReadAsync(await Provider.PostAsJsonAsync($"/api/providers/{ProviderId}/connections/{connectionId}/answer", new { accept = true }, Ct));
        return (referralId, connectionId);
    }

    public async Task AttendedAsync(Guid connectionId) =>
        await LinkWorkerClient.ReadAsync(await Provider.PostAsJsonAsync($"/api/providers/{ProviderId}/connections/{connectionId}/attendance", new { outcome = "attended" }, Ct));

    public async Task<JsonArray> NotificationsAsync(Guid referralId) =>
        (await LinkWorkerClient.ReadAsync(await Worker.Http.GetAsync($"/api/referrals/{referralId}/notifications", Ct))).AsArray();

    /// <summary>The token at the end of the survey link in the notification from <paramref name="template"/>, still waiting to be sent.</summary>
    public async Task<string> TokenSentAsync(Guid referralId, string template)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReferralsContext>();
        var notification = await db.Notifications.AsNoTracking().SingleAsync(n => n.SubjectId == referralId && n.Template == template, Ct);
        var link = notification.Personalisation!["survey_link"];
        Assert.Contains("/survey/", link, StringComparison.Ordinal);
        return link[(link.LastIndexOf('/') + 1)..];
    }

    public async Task<JsonNode> OpenAsync(string token) => await LinkWorkerClient.ReadAsync(await Web.GetAsync($"/api/surveys/{token}", Ct));

    public Task<HttpResponseMessage> AnswerAsync(string token, object answers) =>
        Web.PostAsJsonAsync($"/api/surveys/{token}/answers", new { answers }, Ct);
}
