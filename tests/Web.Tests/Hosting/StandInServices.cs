using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SocialPrescribing.Web.Tests.Hosting;

/// <summary>A log as the stand-in volunteering service stores it (field names as the real API's JSON).</summary>
public sealed record StoredLog(Guid Id, Guid VolunteerId, Guid OrganisationId, Guid? ActivityId, string Role, DateOnly Date, int Minutes, string? Note, string Status, string? RejectionReason, DateTimeOffset SubmittedAt);

public sealed record ApprovePost(List<Guid>? LogIds);

/// <summary>An organisation's invitation as the stand-in volunteering service keeps it.</summary>
public sealed record StoredInvitation(Guid Id, Guid OrganisationId, string OrganisationName, Guid VolunteerId, string Status, DateTimeOffset InvitedAt, DateTimeOffset? AnsweredAt);

public sealed record LogPost(Guid? Id, Guid? OrganisationId, Guid? ActivityId, string? Role, DateOnly? Date, int? Minutes, string? Note);

/// <summary>
/// The volunteering REST API and the directory's Open Referral UK organisation lookup, reduced to
/// the routes the web calls and answering as they do, on a real port. It records every hour log
/// sent (resends included) so tests can see how often the web sent one; <see cref="Down"/> makes
/// it answer 503 like a failing service.
/// </summary>
public sealed partial class StandInServices : IAsyncDisposable
{
    public static readonly Guid FriendshipLine = Guid.Parse("6f0d9c1e-0000-4000-8000-000000000001");
    public static readonly Guid MoneyMatters = Guid.Parse("6f0d9c1e-0000-4000-8000-000000000002");
    public static readonly Guid TelephoneBefriending = Guid.Parse("6f0d9c1e-0000-4000-8000-0000000000a1");

    public const string OneTimeCode = "246810";
    public static readonly Guid SignedInVolunteer = Guid.Parse("6f0d9c1e-0000-4000-8000-0000000000b1");

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<Guid, StoredLog> _logs = new();
    private readonly ConcurrentQueue<(Guid VolunteerId, Guid LogId)> _posts = new();
    private readonly ConcurrentDictionary<Guid, StoredInvitation> _invitations = new();

    private StandInServices(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    public bool Down { get; set; }

    public IReadOnlyList<StoredLog> LogsOf(Guid volunteerId) =>
        [.. _posts.Where(p => p.VolunteerId == volunteerId).Select(p => p.LogId).Distinct().Select(id => _logs[id])];

    public int PostsOf(Guid volunteerId) => _posts.Count(p => p.VolunteerId == volunteerId);

    /// <summary>A log waiting for approval, as if the volunteer had sent it from their phone.</summary>
    public StoredLog AddWaitingLog(Guid volunteerId, Guid organisationId, DateOnly date, int minutes)
    {
        var log = new StoredLog(Guid.NewGuid(), volunteerId, organisationId, null, "", date, minutes, null, "submitted", null, DateTimeOffset.UtcNow);
        _logs[log.Id] = log;
        return log;
    }

    public StoredLog Log(Guid logId) => _logs[logId];

    /// <summary>An organisation's invitation waiting for the volunteer's answer.</summary>
    public StoredInvitation Invite(Guid volunteerId, Guid organisationId, string organisationName)
    {
        var invitation = new StoredInvitation(Guid.NewGuid(), organisationId, organisationName, volunteerId, "pending", DateTimeOffset.UtcNow, null);
        _invitations[invitation.Id] = invitation;
        return invitation;
    }

    public StoredInvitation Invitation(Guid invitationId) => _invitations[invitationId];

    private IResult Answer(Guid volunteerId, Guid invitationId, string status)
    {
        if (!_invitations.TryGetValue(invitationId, out var invitation) || invitation.VolunteerId != volunteerId)
        {
            return Results.NotFound();
        }
        return invitation.Status == "pending"
            ? Results.Ok(_invitations[invitationId] = invitation with { Status = status, AnsweredAt = DateTimeOffset.UtcNow })
            : Results.Problem(statusCode: StatusCodes.Status409Conflict, detail: $"This invitation was already {invitation.Status}.");
    }

    /// <summary>The volunteer answered on another device while a page still shows the invitation.</summary>
    public void AnswerElsewhere(Guid invitationId, string status) =>
        _invitations[invitationId] = _invitations[invitationId] with { Status = status, AnsweredAt = DateTimeOffset.UtcNow };

    public static async Task<StandInServices> StartAsync()
    {
        var app = StandInHost.Create(s => s.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter())));
        var services = new StandInServices(app);
        services.Map(app);
        services.BaseAddress = await app.StartOnLoopbackAsync();
        return services;
    }

    private void Map(WebApplication app)
    {
        app.AnswerUnavailableWhile(() => Down);
        MapReports(app);
        MapVolunteerExperience(app);

        app.MapGet("/api/volunteers/{volunteerId:guid}", (Guid volunteerId) => Results.Ok(new
        {
            id = volunteerId,
            firstName = "Margaret",
            lastName = "Hughes",
            organisationIds = new[] { FriendshipLine, MoneyMatters },
            roles = new[] { "befriender" },
        }));
        app.MapGet("/api/volunteers/{volunteerId:guid}/hours", (Guid volunteerId, int? page, int? perPage) =>
        {
            var (all, asked, size) = (LogsOf(volunteerId), page ?? 1, perPage ?? 20);
            return Results.Ok(new Contracts.Http.Paged<StoredLog>(all.Count, asked, size, [.. all.Skip((asked - 1) * size).Take(size)]));
        });
        app.MapGet("/api/organisations/{organisationId:guid}/hours", (Guid organisationId, string? status) =>
            Results.Ok(_logs.Values.Where(l => l.OrganisationId == organisationId && (status is null || l.Status == status)).OrderBy(l => l.Date)));
        app.MapGet("/api/organisations/{organisationId:guid}/volunteers", (Guid organisationId) =>
            Results.Ok(_logs.Values.Where(l => l.OrganisationId == organisationId).Select(l => l.VolunteerId).Distinct()
                .Select(id => new { id, firstName = "Margaret", lastName = "Hughes", organisationIds = new[] { organisationId }, roles = Array.Empty<string>() })));
        app.MapPost("/api/organisations/{organisationId:guid}/hours/approve", (Guid organisationId, ApprovePost post) =>
        {
            var approved = (post.LogIds ?? []).Select(id => _logs[id] = _logs[id] with { Status = "approved" }).ToList();
            return Results.Ok(approved);
        });
        app.MapGet("/api/volunteers/{volunteerId:guid}/hours/totals", (Guid volunteerId) =>
        {
            var submitted = LogsOf(volunteerId).Sum(l => l.Minutes);
            var period = new { from = "2026-11-23", to = "2026-11-29", approvedMinutes = 0, submittedMinutes = submitted };
            return Results.Ok(new { week = period, month = period, year = period });
        });
        app.MapGet("/api/volunteers/{volunteerId:guid}/invitations", (Guid volunteerId) =>
            Results.Ok(_invitations.Values.Where(i => i.VolunteerId == volunteerId).OrderBy(i => i.Status != "pending").ThenByDescending(i => i.InvitedAt)));
        app.MapPost("/api/volunteers/{volunteerId:guid}/invitations/{invitationId:guid}/accept", (Guid volunteerId, Guid invitationId) => Answer(volunteerId, invitationId, "accepted"));
        app.MapPost("/api/volunteers/{volunteerId:guid}/invitations/{invitationId:guid}/decline", (Guid volunteerId, Guid invitationId) => Answer(volunteerId, invitationId, "declined"));
        app.MapPost("/api/volunteers/{volunteerId:guid}/hours", (Guid volunteerId, LogPost post) =>
        {
            if (post.Id is not { } id || post.OrganisationId is not { } organisation || post.Date is not { } date || post.Minutes is not { } minutes)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["id"] = ["Incomplete log."] });
            }
            var log = new StoredLog(id, volunteerId, organisation, post.ActivityId, post.Role ?? "", date, minutes, post.Note, "submitted", null, DateTimeOffset.UtcNow);
            var created = _logs.TryAdd(id, log);
            _posts.Enqueue((volunteerId, id));
            return created ? Results.Created($"/api/volunteers/{volunteerId}/hours/{id}", log) : Results.Ok(_logs[id]);
        });

        // Enough of an OpenID Connect provider's discovery for the web to build its sign-in redirect.
        app.MapGet("/.well-known/openid-configuration", () => Results.Ok(new Dictionary<string, object>
        {
            ["issuer"] = BaseAddress.ToString(),
            ["authorization_endpoint"] = new Uri(BaseAddress, "connect/authorize").ToString(),
            ["token_endpoint"] = new Uri(BaseAddress, "connect/token").ToString(),
            ["end_session_endpoint"] = new Uri(BaseAddress, "connect/logout").ToString(),
            ["jwks_uri"] = new Uri(BaseAddress, ".well-known/jwks").ToString(),
            ["userinfo_endpoint"] = new Uri(BaseAddress, "connect/userinfo").ToString(),
            ["response_types_supported"] = new[] { "code" },
            ["code_challenge_methods_supported"] = new[] { "S256" },
        }));
        app.MapGet("/.well-known/jwks", () => Results.Ok(new { keys = Array.Empty<object>() }));

        // Our identity service's volunteer sign-in: a code is "sent", and only OneTimeCode is right.
        app.MapPost("/connect/otp/send", () => Results.Accepted()).DisableAntiforgery();
        app.MapPost("/connect/token", async (HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            return form["grant_type"] == "urn:socialprescribing:otp" && form["code"] == OneTimeCode && form["client_id"] == "web"
                ? Results.Ok(new { access_token = $"at-{Guid.NewGuid():N}", token_type = "Bearer", expires_in = 900, refresh_token = "rt" })
                : Results.BadRequest(new { error = "invalid_grant" });
        }).DisableAntiforgery();
        app.MapGet("/connect/userinfo", () => Results.Ok(new Dictionary<string, object>
        {
            ["sub"] = "volunteer-margaret",
            ["name"] = "Margaret Hughes",
            ["role"] = new[] { "volunteer" },
            ["volunteer_id"] = SignedInVolunteer,
        }));

        app.MapGet("/organizations/{id:guid}", (Guid id) =>
            id == FriendshipLine
                ? Results.Ok(new { id, name = "Wolverhampton Friendship Line", services = new[] { new { id = TelephoneBefriending, name = "Telephone befriending" } } })
                : id == MoneyMatters
                    ? Results.Ok(new { id, name = "Sandwell Money Matters", services = Array.Empty<object>() })
                    : Results.NotFound());
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
