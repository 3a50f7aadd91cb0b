namespace SocialPrescribing.Referrals.Fhir;

/// <summary>The identifier and code systems the FHIR endpoint reads and writes.</summary>
public static class FhirSystems
{
    public const string NhsNumber = "https://fhir.nhs.uk/Id/nhs-number";
    public const string OdsOrganisation = "https://fhir.nhs.uk/Id/ods-organization-code";
    public const string Snomed = "http://snomed.info/sct";

    /// <summary>This service's own code systems (closure reasons, wellbeing change), under one base.</summary>
    public const string Local = "https://socialprescribing.example/fhir/CodeSystem/";

    public const string ClosureReason = Local + "closure-reason";
    public const string MessageBackOutput = Local + "message-back-output";
    public const string WellbeingChange = Local + "wellbeing-change";
}
