using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace SocialPrescribing.Web.Tests.Hosting;

/// <summary>An activity as the stand-in directory holds it: its JSON as the real API answers, a row version and places held.</summary>
public sealed class StandInActivity(Guid organisationId, JsonObject json)
{
    public Guid OrganisationId { get; } = organisationId;
    public JsonObject Json { get; set; } = json;
    public uint Version { get; set; } = 1;
    public int Held { get; set; }
    public Guid Id => Json["id"]!.GetValue<Guid>();
    public string ETag => $"\"{Version}\"";
}

public sealed record StandInConnection(Guid OrganisationId, JsonObject Json)
{
    public Guid Id => Json["connectionId"]!.GetValue<Guid>();
    public string Status => Json["status"]!.GetValue<string>();
    public string? Reason { get; set; }
}

public sealed record StandInClient(Guid OrganisationId, string ClientId, string DisplayName, List<string> Scopes)
{
    public string Secret { get; set; } = Guid.NewGuid().ToString("N");
    public DateTimeOffset? RevokedAt { get; set; }
}

/// <summary>
/// The directory's VCSE write API, the referrals service's provider API and identity's API clients,
/// reduced to what the VCSE pages call and refusing as those services do: RFC 9457 validation
/// problems, 412 for a stale If-Match, 409 for places below those held. The directory reads the
/// organisation from the token, which page tests do not have: <see cref="SignedInOrganisation"/>
/// stands in for it. <see cref="Down"/> answers 503 for everything.
/// </summary>
public sealed class VcseStandIns : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<Guid, StandInActivity> _activities = new();
    private readonly ConcurrentDictionary<Guid, StandInConnection> _connections = new();
    private readonly ConcurrentDictionary<string, StandInClient> _clients = new();

    private VcseStandIns(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    public bool Down { get; set; }

    /// <summary>The organisation whose activities the directory lists: the real one reads it from the token.</summary>
    public Guid SignedInOrganisation { get; set; }

    public StandInActivity Activity(Guid id) => _activities[id];

    public IEnumerable<StandInActivity> ActivitiesOf(Guid organisationId) => _activities.Values.Where(a => a.OrganisationId == organisationId);

    public StandInConnection Connection(Guid id) => _connections[id];

    public IEnumerable<StandInClient> ClientsOf(Guid organisationId) => _clients.Values.Where(c => c.OrganisationId == organisationId);

    public StandInActivity AddActivity(Guid organisationId, string name, int? totalPlaces = null, int held = 0)
    {
        var activity = new StandInActivity(organisationId, ActivityJson(Guid.NewGuid(), organisationId, new JsonObject { ["name"] = name, ["totalPlaces"] = totalPlaces }))
        {
            Held = held,
        };
        activity.Json["freePlaces"] = totalPlaces - held;
        _activities[activity.Id] = activity;
        return activity;
    }

    /// <summary>Someone else saves the activity (a colleague, or the organisation's own system).</summary>
    public void ChangeElsewhere(Guid activityId, string name)
    {
        var activity = _activities[activityId];
        activity.Json["name"] = name;
        activity.Version++;
    }

    public StandInConnection AddRequest(Guid organisationId, Guid activityId, string givenName, string familyName)
    {
        var connection = new StandInConnection(organisationId, new JsonObject
        {
            ["connectionId"] = Guid.NewGuid(),
            ["referralId"] = Guid.NewGuid(),
            ["targetKind"] = "activity",
            ["targetId"] = activityId,
            ["status"] = "requested",
            ["answerDueBy"] = "2026-12-07",
            ["postcodeDistrict"] = "WV10",
            ["firstLanguage"] = "English",
            ["needsInterpreter"] = false,
            ["accessibilityNeeds"] = new JsonArray("step-free-access"),
            ["person"] = new JsonObject
            {
                ["givenName"] = givenName, ["familyName"] = familyName, ["preferredName"] = null,
                ["preferredContact"] = "phone", ["phone"] = "07700 900127", ["mobile"] = null, ["email"] = null,
            },
        });
        _connections[connection.Id] = connection;
        return connection;
    }

    public static async Task<VcseStandIns> StartAsync()
    {
        var app = StandInHost.Create();
        var services = new VcseStandIns(app);
        services.Map(app);
        services.BaseAddress = await app.StartOnLoopbackAsync();
        return services;
    }

    private void Map(WebApplication app)
    {
        app.AnswerUnavailableWhile(() => Down);
        MapDirectory(app);
        MapReferrals(app);
        MapIdentity(app);
    }

    private void MapDirectory(WebApplication app)
    {
        app.MapGet("/api/activities", () => Results.Ok(ActivitiesOf(SignedInOrganisation).Select(a => a.Json)));
        app.MapGet("/api/activities/{id:guid}", (Guid id, HttpResponse response) => Answer(id, response, _ => null));
        app.MapPost("/api/activities", (JsonObject body, HttpResponse response) =>
        {
            if (ActivityErrors(body) is { Count: > 0 } errors)
            {
                return Results.ValidationProblem(errors);
            }
            var activity = new StandInActivity(SignedInOrganisation, ActivityJson(Guid.NewGuid(), SignedInOrganisation, body));
            _activities[activity.Id] = activity;
            response.Headers.ETag = activity.ETag;
            return Results.Created($"/api/activities/{activity.Id}", activity.Json);
        });
        app.MapPut("/api/activities/{id:guid}", (Guid id, JsonObject body, HttpRequest request, HttpResponse response) =>
            Answer(id, response, activity =>
                Precondition(activity, request) ?? (ActivityErrors(body) is { Count: > 0 } errors
                    ? Results.ValidationProblem(errors)
                    : Change(activity, () => activity.Json = ActivityJson(id, activity.OrganisationId, body, activity.Json["status"]!.GetValue<string>())))));
        app.MapPut("/api/activities/{id:guid}/capacity", (Guid id, JsonObject body, HttpRequest request, HttpResponse response) =>
            Answer(id, response, activity =>
            {
                var places = body["totalPlaces"]?.GetValue<int>();
                return Precondition(activity, request) ?? (places < activity.Held
                    ? Results.Problem(new Microsoft.AspNetCore.Http.HttpValidationProblemDetails(new Dictionary<string, string[]>
                    {
                        ["totalPlaces"] = [$"{activity.Held} places are held for people already referred; the total cannot go below that."],
                    })
                    { Status = StatusCodes.Status409Conflict })
                    : Change(activity, () =>
                    {
                        activity.Json["totalPlaces"] = places;
                        activity.Json["freePlaces"] = places - activity.Held;
                    }));
            }));
        app.MapPost("/api/activities/{id:guid}/publish", (Guid id, HttpRequest request, HttpResponse response) =>
            Answer(id, response, activity => Precondition(activity, request) ?? Change(activity, () => activity.Json["status"] = "published")));
        app.MapPost("/api/activities/{id:guid}/withdraw", (Guid id, HttpRequest request, HttpResponse response) =>
            Answer(id, response, activity => Precondition(activity, request) ?? Change(activity, () => activity.Json["status"] = "withdrawn")));
    }

    private void MapReferrals(WebApplication app)
    {
        app.MapGet("/api/providers/{organisationId:guid}/connections", (Guid organisationId) =>
            Results.Ok(_connections.Values.Where(c => c.OrganisationId == organisationId).Select(c => c.Json)));
        app.MapPost("/api/providers/{organisationId:guid}/connections/{id:guid}/answer", (Guid organisationId, Guid id, JsonObject body) =>
        {
            if (!_connections.TryGetValue(id, out var connection) || connection.OrganisationId != organisationId)
            {
                return Results.NotFound();
            }
            var accept = body["accept"]!.GetValue<bool>();
            var reason = body["reason"]?.GetValue<string>();
            if (!accept && string.IsNullOrWhiteSpace(reason))
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["reason"] = ["A reason is required to decline."] });
            }
            connection.Json["status"] = accept ? "accepted" : "declined";
            connection.Reason = reason;
            return Results.Ok(new { id });
        });
    }

    private void MapIdentity(WebApplication app)
    {
        const string clients = "/api/organisations/{organisationId:guid}/clients";
        app.MapGet(clients, (Guid organisationId) => Results.Ok(ClientsOf(organisationId).Select(Summary)));
        app.MapPost(clients, (Guid organisationId, JsonObject body) =>
        {
            var scopes = body["scopes"]!.AsArray().Select(s => s!.GetValue<string>()).ToList();
            var client = new StandInClient(organisationId, $"vcse-{Guid.NewGuid():N}"[..21], body["displayName"]!.GetValue<string>(), scopes);
            _clients[client.ClientId] = client;
            return Results.Created($"/api/organisations/{organisationId}/clients/{client.ClientId}", Secret(client));
        });
        app.MapPost(clients + "/{clientId}/rotate", (Guid organisationId, string clientId) =>
        {
            if (!_clients.TryGetValue(clientId, out var client) || client.OrganisationId != organisationId || client.RevokedAt is not null)
            {
                return Results.NotFound();
            }
            client.Secret = Guid.NewGuid().ToString("N");
            return Results.Ok(Secret(client));
        });
        app.MapDelete(clients + "/{clientId}", (Guid organisationId, string clientId) =>
        {
            if (!_clients.TryGetValue(clientId, out var client) || client.OrganisationId != organisationId)
            {
                return Results.NotFound();
            }
            client.RevokedAt = DateTimeOffset.UtcNow;
            return Results.NoContent();
        });
    }

    private static object Summary(StandInClient c) => new
    {
        clientId = c.ClientId, displayName = c.DisplayName, scopes = c.Scopes,
        createdAt = DateTimeOffset.UtcNow, secretRotatedAt = (DateTimeOffset?)null, revokedAt = c.RevokedAt,
    };

    private static object Secret(StandInClient c) => new { clientId = c.ClientId, clientSecret = c.Secret, displayName = c.DisplayName, scopes = c.Scopes };

    private IResult Answer(Guid id, HttpResponse response, Func<StandInActivity, IResult?> then)
    {
        if (!_activities.TryGetValue(id, out var activity) || activity.OrganisationId != SignedInOrganisation)
        {
            return Results.NotFound();
        }
        var result = then(activity);
        if (result is null)
        {
            response.Headers.ETag = activity.ETag;
            return Results.Ok(activity.Json);
        }
        return result;
    }

    /// <summary>The directory's If-Match rule: 428 without one, 412 when it names neither "*" nor the version now.</summary>
    private static IResult? Precondition(StandInActivity activity, HttpRequest request) => request.Headers.IfMatch.ToString() switch
    {
        { Length: 0 } => Results.Problem(statusCode: StatusCodes.Status428PreconditionRequired, title: "If-Match is required."),
        var ifMatch when ifMatch != "*" && ifMatch != activity.ETag =>
            Results.Problem(statusCode: StatusCodes.Status412PreconditionFailed, title: "It has changed since you read it."),
        _ => null,
    };

    private static IResult? Change(StandInActivity activity, Action change)
    {
        change();
        activity.Version++;
        return null;
    }

    /// <summary>The directory's checks the tests rely on: a name, and an email address that looks like one.</summary>
    private static Dictionary<string, string[]> ActivityErrors(JsonObject body)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(body["name"]?.GetValue<string>()))
        {
            errors["name"] = ["Enter the activity's name."];
        }
        if (body["contact"]?["email"]?.GetValue<string>() is { } email && !email.Contains('@', StringComparison.Ordinal))
        {
            errors["contact.email"] = ["Enter an email address in the correct format, like name@example.org."];
        }
        return errors;
    }

    private static JsonObject ActivityJson(Guid id, Guid organisationId, JsonObject body, string status = "draft") => new()
    {
        ["id"] = id,
        ["organisationId"] = organisationId,
        ["name"] = body["name"]?.GetValue<string>(),
        ["description"] = body["description"]?.GetValue<string>() ?? "",
        ["url"] = null,
        ["email"] = null,
        ["status"] = status,
        ["needs"] = new JsonArray(),
        ["activityTypes"] = new JsonArray(),
        ["minimumAge"] = body["minimumAge"]?.DeepClone(),
        ["maximumAge"] = body["maximumAge"]?.DeepClone(),
        ["whoItIsFor"] = body["whoItIsFor"]?.DeepClone(),
        ["areaServed"] = body["areaServed"]?.DeepClone(),
        ["costOptions"] = new JsonArray(),
        ["isFree"] = true,
        ["languages"] = new JsonArray(),
        ["accessibilityFeatures"] = new JsonArray(),
        ["referralMode"] = body["referralMode"]?.GetValue<string>() ?? "direct-referral",
        ["capacityBasis"] = body["capacityBasis"]?.GetValue<string>() ?? "overall",
        ["totalPlaces"] = body["totalPlaces"]?.DeepClone(),
        ["freePlaces"] = body["totalPlaces"]?.DeepClone(),
        ["contact"] = body["contact"]?.DeepClone() ?? new JsonObject(),
        ["locationIds"] = new JsonArray(),
        ["schedules"] = new JsonArray(),
        ["lastCheckedAt"] = DateTimeOffset.UtcNow,
        ["stale"] = false,
        ["modifiedAt"] = DateTimeOffset.UtcNow,
    };

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
