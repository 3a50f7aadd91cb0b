using Firely.Fhir.Validation;
using Hl7.Fhir.Model;
using Hl7.Fhir.Specification.Source;
using Hl7.Fhir.Specification.Terminology;

namespace SocialPrescribing.Referrals.Fhir;

/// <summary>
/// Checks what a GP system sends against base FHIR R4 (cardinality, data types, invariants, required code bindings) with
/// Firely's validator, offline, from the specification the SDK ships. The project's own rules (<see cref="ReferralBundle"/>)
/// come on top. One instance for the service: it compiles each profile the first time it needs it and keeps it.
/// </summary>
public sealed class FhirValidation
{
    private readonly Validator _validator;

    public FhirValidation()
    {
        var specification = new CachedResolver(ZipSource.CreateValidationSource());
        _validator = new Validator(specification, LocalTerminologyService.CreateDefaultForCore(specification));
    }

    /// <summary>The errors in <paramref name="resource"/>; warnings and information (a missing narrative, say) are not refusals.</summary>
    public IReadOnlyList<FhirIssue> ErrorsIn(Resource resource) =>
        [.. _validator.Validate(resource).Issue
            .Where(i => i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal)
            .Select(i => new FhirIssue(
                i.Expression.FirstOrDefault() ?? resource.TypeName,
                i.Details?.Text ?? i.Diagnostics ?? "This is not valid FHIR R4.",
                i.Code ?? OperationOutcome.IssueType.Invalid))];
}
