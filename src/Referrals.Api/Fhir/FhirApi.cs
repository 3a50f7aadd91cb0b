using System.Security.Claims;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Referrals.Domain.Referrals;
using FhirTask = Hl7.Fhir.Model.Task;

namespace SocialPrescribing.Referrals.Fhir;

/// <summary>
/// FHIR R4 for GP clinical systems under <c>/fhir</c> (token of a <c>gp-system</c> client with scope
/// <c>referrals.fhir</c>): POST a referral Bundle; read the ServiceRequest it became; read the message back as a
/// Task once the referral closes, by id or by search on the ServiceRequest's or the patient's identifier. A client
/// sees only the referrals it sent. Refusals are OperationOutcomes.
/// </summary>
public static class FhirApi
{
    public static RouteGroupBuilder MapFhirApi(this RouteGroupBuilder fhir)
    {
        fhir.AddEndpointFilter(async (context, next) =>
        {
            try
            {
                return await next(context);
            }
            catch (FhirProblemException problem)
            {
                return FhirJson.Result(problem.Outcome, problem.Status);
            }
        });
        fhir.MapGet("/metadata", () => FhirJson.Result(Capability.Statement)).AllowAnonymous();
        fhir.MapPost("/", ReceiveAsync);
        fhir.MapGet("/ServiceRequest/{id:guid}", ServiceRequestAsync);
        fhir.MapGet("/Task/{id:guid}", TaskAsync);
        fhir.MapGet("/Task", SearchTasksAsync);
        return fhir;
    }

    public static async Task<IResult> ReceiveAsync(
        HttpRequest request, ClaimsPrincipal user, CaseServices s, FhirValidation validation, CancellationToken cancellationToken)
    {
        var bundle = await FhirJson.ReadAsync<Bundle>(request, cancellationToken);
        var (referral, created) = await GpReferrals.AcceptAsync(ReadValid(bundle, validation), user, s, cancellationToken);
        var origin = await s.Db.FhirOrigins.AsNoTracking().SingleAsync(o => o.ReferralId == referral.Id, cancellationToken);
        return FhirJson.Result(FhirResources.ServiceRequestOf(referral, origin),
            created ? StatusCodes.Status201Created : StatusCodes.Status200OK, $"{request.PathBase}/fhir/ServiceRequest/{referral.Id}");
    }

    /// <summary>The referral in the bundle, or a refusal naming every problem: base FHIR R4's and the project's rules' together.</summary>
    private static GpReferral ReadValid(Bundle bundle, FhirValidation validation)
    {
        var invalid = validation.ErrorsIn(bundle);
        GpReferral referral;
        try
        {
            referral = ReferralBundle.Read(bundle);
        }
        catch (FhirProblemException problem) when (invalid.Count > 0)
        {
            throw new FhirProblemException(problem.Status, [.. invalid, .. problem.Issues]);
        }
        return invalid.Count > 0 ? throw new FhirProblemException(StatusCodes.Status422UnprocessableEntity, invalid) : referral;
    }

    public static async Task<IResult> ServiceRequestAsync(Guid id, ClaimsPrincipal user, CaseServices s, CancellationToken cancellationToken)
    {
        var (referral, origin) = await SentByCallerAsync(id, user, s, cancellationToken);
        return FhirJson.Result(FhirResources.ServiceRequestOf(referral, origin));
    }

    public static async Task<IResult> TaskAsync(Guid id, ClaimsPrincipal user, CaseServices s, CancellationToken cancellationToken)
    {
        var (referral, origin) = await SentByCallerAsync(id, user, s, cancellationToken);
        return referral.Status == ReferralStatus.Closed
            ? FhirJson.Result(await MessageBackTaskAsync(s, referral, origin, cancellationToken))
            : throw NotFound($"Task/{id}", "The referral is still open: its message back is written when it closes.");
    }

    /// <summary>
    /// <c>GET /fhir/Task?based-on:identifier=system|value</c> (the ServiceRequest's identifier as sent) and/or
    /// <c>patient:identifier=https://fhir.nhs.uk/Id/nhs-number|9434765919</c>: the messages back of the caller's
    /// closed referrals that match, as a searchset Bundle.
    /// </summary>
    public static async Task<IResult> SearchTasksAsync(HttpRequest request, ClaimsPrincipal user, CaseServices s, CancellationToken cancellationToken)
    {
        var basedOn = Token(request.Query["based-on:identifier"]);
        var patient = Token(request.Query["patient:identifier"]);
        if (basedOn is null && patient is null)
        {
            throw new FhirProblemException(StatusCodes.Status400BadRequest, "Task",
                "Search by based-on:identifier (the ServiceRequest's identifier, system|value) or patient:identifier (the NHS number).",
                OperationOutcome.IssueType.Required);
        }
        if (patient is { System: { } system } && system != FhirSystems.NhsNumber)
        {
            throw new FhirProblemException(StatusCodes.Status400BadRequest, "Task", $"A patient is searched for by NHS number ({FhirSystems.NhsNumber}).", OperationOutcome.IssueType.NotSupported);
        }

        var clientId = Caller.Of(user).ActorId;
        var origins = s.Db.FhirOrigins.AsNoTracking().Where(o => o.ClientId == clientId);
        if (basedOn is not null)
        {
            origins = origins.Where(o => o.ServiceRequestValue == basedOn.Value.Value && (basedOn.Value.System == null || o.ServiceRequestSystem == basedOn.Value.System));
        }
        if (patient is not null)
        {
            var nhsNumber = patient.Value.Value.Replace(" ", "");
            origins = origins.Where(o => o.NhsNumber == nhsNumber);
        }
        var found = await origins
            .Join(s.Db.Referrals.AsNoTracking().Where(r => r.Status == ReferralStatus.Closed), o => o.ReferralId, r => r.Id, (o, r) => new { Origin = o, Referral = r })
            .OrderBy(x => x.Origin.ReceivedAt)
            .ToListAsync(cancellationToken);

        var bundle = new Bundle { Type = Bundle.BundleType.Searchset, Total = found.Count };
        foreach (var match in found)
        {
            var task = await MessageBackTaskAsync(s, match.Referral, match.Origin, cancellationToken);
            bundle.Entry.Add(new Bundle.EntryComponent
            {
                FullUrl = $"{request.Scheme}://{request.Host}{request.PathBase}/fhir/Task/{task.Id}",
                Resource = task,
                Search = new Bundle.SearchComponent { Mode = Bundle.SearchEntryMode.Match },
            });
        }
        return FhirJson.Result(bundle);
    }

    internal static async Task<FhirTask> MessageBackTaskAsync(CaseServices s, ReferralRecord referral, FhirOriginRecord origin, CancellationToken cancellationToken)
    {
        var message = await MessageBack.OfClosedAsync(s.Db, referral, cancellationToken);
        var connections = await s.Db.Connections.AsNoTracking().Where(c => c.ReferralId == referral.Id).OrderBy(c => c.SuggestedAt).ToListAsync(cancellationToken);
        return FhirResources.MessageBackOf(message, origin, connections);
    }

    /// <summary>The referral, when the calling client sent it; otherwise not found (another client's is not even admitted to exist).</summary>
    private static async Task<(ReferralRecord, FhirOriginRecord)> SentByCallerAsync(Guid id, ClaimsPrincipal user, CaseServices s, CancellationToken cancellationToken)
    {
        var clientId = Caller.Of(user).ActorId;
        var origin = await s.Db.FhirOrigins.AsNoTracking().FirstOrDefaultAsync(o => o.ReferralId == id && o.ClientId == clientId, cancellationToken)
            ?? throw NotFound($"ServiceRequest/{id}", "No referral of that id was sent by this client.");
        var referral = await s.Db.Referrals.AsNoTracking().SingleAsync(r => r.Id == id, cancellationToken);
        return (referral, origin);
    }

    private static FhirProblemException NotFound(string expression, string message) =>
        new(StatusCodes.Status404NotFound, expression, message, OperationOutcome.IssueType.NotFound);

    /// <summary>A FHIR token search value: <c>system|value</c>, or a bare value for any system.</summary>
    private static (string? System, string Value)? Token(string? parameter)
    {
        if (string.IsNullOrWhiteSpace(parameter))
        {
            return null;
        }
        var bar = parameter.IndexOf('|');
        return bar < 0 ? (null, parameter.Trim()) : (parameter[..bar] is { Length: > 0 } system ? system : null, parameter[(bar + 1)..].Trim());
    }
}
