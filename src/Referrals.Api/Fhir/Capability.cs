using Hl7.Fhir.Model;

namespace SocialPrescribing.Referrals.Fhir;

/// <summary>What <c>GET /fhir/metadata</c> says this server does.</summary>
public static class Capability
{
    public static CapabilityStatement Statement { get; } = new()
    {
        Status = PublicationStatus.Active,
        Date = "2026-12-06",
        Kind = CapabilityStatementKind.Instance,
        FhirVersion = FHIRVersion.N4_0_1,
        Format = ["application/fhir+json"],
        Software = new CapabilityStatement.SoftwareComponent { Name = "SocialPrescribing referrals" },
        Implementation = new CapabilityStatement.ImplementationComponent
        {
            Description = "Referrals to social prescribing from GP clinical systems, and the message back when they close.",
        },
        Rest =
        [
            new CapabilityStatement.RestComponent
            {
                Mode = CapabilityStatement.RestfulCapabilityMode.Server,
                Documentation = "POST a Bundle (transaction or message) with one ServiceRequest coded SNOMED CT 871731000000106, one Patient "
                    + "(NHS number), one Practitioner and one Organization (ODS code). Authenticate with an OAuth2 client-credentials token "
                    + "for scope referrals.fhir. Each client reads only the referrals it sent.",
                Security = new CapabilityStatement.SecurityComponent
                {
                    Service = [new CodeableConcept("http://terminology.hl7.org/CodeSystem/restful-security-service", "OAuth")],
                    Description = "OAuth2 client credentials (scope referrals.fhir) from the identity service's /connect/token.",
                },
                Interaction = [new CapabilityStatement.SystemInteractionComponent { Code = CapabilityStatement.SystemRestfulInteraction.Transaction }],
                Resource =
                [
                    new CapabilityStatement.ResourceComponent
                    {
                        Type = "ServiceRequest",
                        Interaction = [new CapabilityStatement.ResourceInteractionComponent { Code = CapabilityStatement.TypeRestfulInteraction.Read }],
                    },
                    new CapabilityStatement.ResourceComponent
                    {
                        Type = "Task",
                        Documentation = "The message back, written when the referral closes; its id is the ServiceRequest's.",
                        Interaction =
                        [
                            new CapabilityStatement.ResourceInteractionComponent { Code = CapabilityStatement.TypeRestfulInteraction.Read },
                            new CapabilityStatement.ResourceInteractionComponent { Code = CapabilityStatement.TypeRestfulInteraction.SearchType },
                        ],
                        SearchParam =
                        [
                            new CapabilityStatement.SearchParamComponent { Name = "based-on:identifier", Type = SearchParamType.Token, Documentation = "The ServiceRequest's identifier as sent (system|value)." },
                            new CapabilityStatement.SearchParamComponent { Name = "patient:identifier", Type = SearchParamType.Token, Documentation = "The patient's NHS number (https://fhir.nhs.uk/Id/nhs-number|value)." },
                        ],
                    },
                ],
            },
        ],
    };
}
