using Hl7.Fhir.Model;
using SocialPrescribing.Contracts.IntegrationEvents;
using SocialPrescribing.Referrals.Domain.Connections;
using SocialPrescribing.Referrals.Domain.Referrals;
using FhirTask = Hl7.Fhir.Model.Task;

namespace SocialPrescribing.Referrals.Fhir;

/// <summary>
/// What the GP system reads: the referral as a ServiceRequest (id = the referral's id) and, once it has closed, the
/// message back as a Task of the same id, based on that ServiceRequest, with the wellbeing change as contained
/// Observations.
/// </summary>
public static class FhirResources
{
    public static ServiceRequest ServiceRequestOf(ReferralRecord referral, FhirOriginRecord origin) => new()
    {
        Id = referral.Id.ToString(),
        Identifier = [SenderIdentifier(origin)],
        Status = referral.Status == ReferralStatus.Closed
            ? referral.ClosureReason == ClosureReason.DeclinedByPerson ? RequestStatus.Revoked : RequestStatus.Completed
            : RequestStatus.Active,
        Intent = RequestIntent.Order,
        Code = Concept(FhirSystems.Snomed, SnomedCode.ReferralToSocialPrescribing.Value, SnomedCode.ReferralToSocialPrescribing.Term),
        Subject = Patient(origin),
        Requester = new ResourceReference { Display = origin.PractitionerName },
        AuthoredOn = origin.ReceivedAt.ToString("o"),
    };

    /// <param name="connections">The referral's connections: those the person went to are listed as what they were connected to.</param>
    public static FhirTask MessageBackOf(ReferralMessageBackIntegrationEvent message, FhirOriginRecord origin, IEnumerable<ConnectionRecord> connections)
    {
        var task = new FhirTask
        {
            Id = message.ReferralId.ToString(),
            Status = FhirTask.TaskStatus.Completed,
            Intent = FhirTask.TaskIntent.Order,
            BasedOn = [new ResourceReference($"ServiceRequest/{message.ReferralId}") { Identifier = SenderIdentifier(origin) }],
            Code = Concept(FhirSystems.Snomed, message.Codes[^1].Code, message.Codes[^1].Term),
            BusinessStatus = Concept(FhirSystems.ClosureReason, message.ClosureReason, null),
            For = Patient(origin),
            AuthoredOn = message.ClosedAt.ToString("o"),
            LastModified = message.ClosedAt.ToString("o"),
            Restriction = new FhirTask.RestrictionComponent
            {
                Recipient = [new ResourceReference { Identifier = new Identifier(FhirSystems.OdsOrganisation, origin.PracticeOdsCode), Display = origin.PracticeName }],
            },
            Note = [new Annotation { Text = message.Summary }],
        };
        task.Output.Add(Output("outcome", new FhirString(message.Outcome)));
        task.Output.AddRange(message.Codes.Select(c => Output("outcome-code", Concept(FhirSystems.Snomed, c.Code, c.Term))));
        task.Output.AddRange(connections
            .Where(c => c.Status is ConnectionStatus.Attended or ConnectionStatus.Finished)
            .Select(c => Output("connected-to", new FhirString($"{c.TargetKind} {c.TargetId} ({c.Status})"))));
        if (message.Wellbeing is { } wellbeing)
        {
            AddWellbeing(task, wellbeing, origin, message.ClosedAt);
        }
        return task;
    }

    private static void AddWellbeing(FhirTask task, WellbeingChangeSummary wellbeing, FhirOriginRecord origin, DateTimeOffset at)
    {
        Observation Change(string id, string code, string text) => new()
        {
            Id = id,
            Status = ObservationStatus.Final,
            Code = Concept(FhirSystems.WellbeingChange, code, text),
            Subject = Patient(origin),
            Effective = new FhirDateTime(at),
            Method = new CodeableConcept { Text = $"Latest ({wellbeing.LatestPoint}) minus baseline" },
        };
        Observation.ComponentComponent Component(string code, string text, int? value) => new()
        {
            Code = Concept(FhirSystems.WellbeingChange, code, text),
            Value = value is { } v ? new Integer(v) : null,
            DataAbsentReason = value is null ? new CodeableConcept("http://terminology.hl7.org/CodeSystem/data-absent-reason", "asked-declined") : null,
        };

        var ons4 = Change("ons4", "ons4-change", "ONS4 personal wellbeing: change from baseline");
        ons4.Component =
        [
            Component("life-satisfaction", "Life satisfaction", wellbeing.LifeSatisfactionChange),
            Component("worthwhile", "Things done in life are worthwhile", wellbeing.WorthwhileChange),
            Component("happiness", "Happiness yesterday", wellbeing.HappinessChange),
            Component("anxiety", "Anxiety yesterday (a fall is better)", wellbeing.AnxietyChange),
        ];
        task.Contained.Add(ons4);
        task.Output.Add(Output("wellbeing-change", new ResourceReference("#ons4")));

        if (wellbeing.SwemwbsMetricChange is { } swemwbs)
        {
            var observation = Change("swemwbs", "swemwbs-change", "SWEMWBS metric score: change from baseline");
            observation.Value = new Quantity { Value = swemwbs, Unit = "score" };
            task.Contained.Add(observation);
            task.Output.Add(Output("wellbeing-change", new ResourceReference("#swemwbs")));
        }
    }

    private static FhirTask.OutputComponent Output(string type, DataType value) => new()
    {
        Type = Concept(FhirSystems.MessageBackOutput, type, null),
        Value = value,
    };

    private static Identifier SenderIdentifier(FhirOriginRecord origin) => new(origin.ServiceRequestSystem, origin.ServiceRequestValue);

    private static ResourceReference Patient(FhirOriginRecord origin) => new() { Identifier = new Identifier(FhirSystems.NhsNumber, origin.NhsNumber) };

    private static CodeableConcept Concept(string system, string code, string? display) => new() { Coding = [new Coding(system, code, display)] };
}
