using Hl7.Fhir.Model;
using SocialPrescribing.Referrals.Apis;
using SocialPrescribing.Referrals.Domain.Common;
using SocialPrescribing.Referrals.Domain.People;
using SocialPrescribing.Referrals.Domain.Referrals;

namespace SocialPrescribing.Referrals.Fhir;

/// <summary>
/// Reads a referral out of a GP system's Bundle (type transaction or message): exactly one ServiceRequest coded
/// 871731000000106, one Patient, one Practitioner and one Organization with its ODS code. Every problem is
/// reported at once, the project's own rules (NHS number modulus 11, postcode, contact) included.
/// </summary>
public static class ReferralBundle
{
    /// <summary>Where each field the shared checks name lives in the bundle.</summary>
    private static readonly Dictionary<string, string> Expressions = new(StringComparer.Ordinal)
    {
        ["givenName"] = "Patient.name.given",
        ["familyName"] = "Patient.name.family",
        ["dateOfBirth"] = "Patient.birthDate",
        [NhsNumber.FieldName] = "Patient.identifier",
        ["contact"] = "Patient.telecom",
        ["phone"] = "Patient.telecom",
        ["mobile"] = "Patient.telecom",
        ["email"] = "Patient.telecom",
        ["address"] = "Patient.address",
        [Postcode.FieldName] = "Patient.address.postalCode",
        ["firstLanguage"] = "Patient.communication",
        ["reason"] = "ServiceRequest.reasonCode",
        ["urgency"] = "ServiceRequest.priority",
        ["referrer"] = "Practitioner",
        ["referrer.name"] = "Practitioner.name",
        [SnomedCode.FieldName] = "ServiceRequest.code",
    };

    public static GpReferral Read(Bundle bundle)
    {
        var issues = new List<FhirIssue>();
        void Problem(string expression, string message) => issues.Add(new FhirIssue(expression, message));

        if (bundle.Type is not (Bundle.BundleType.Transaction or Bundle.BundleType.Message))
        {
            Problem("Bundle.type", "A referral bundle is of type transaction or message.");
        }
        var request = Single<ServiceRequest>(bundle, issues);
        var patient = Single<Patient>(bundle, issues);
        var practitioner = Single<Practitioner>(bundle, issues);
        var organisation = Single<Organization>(bundle, issues);

        var identifier = request?.Identifier.FirstOrDefault(i => !string.IsNullOrWhiteSpace(i.System) && !string.IsNullOrWhiteSpace(i.Value));
        if (request is not null && identifier is null)
        {
            Problem("ServiceRequest.identifier", "The ServiceRequest needs an identifier (system and value) of the GP system's own, so a resend is recognised.");
        }
        if (request is not null && !Codes(request.Code).Any(c => c.System == FhirSystems.Snomed && c.Code == SnomedCode.ReferralToSocialPrescribing.Value))
        {
            Problem("ServiceRequest.code", $"The ServiceRequest must be coded SNOMED CT {SnomedCode.ReferralToSocialPrescribing.Value} |{SnomedCode.ReferralToSocialPrescribing.Term}| (system {FhirSystems.Snomed}).");
        }
        var nhsNumber = patient?.Identifier.FirstOrDefault(i => i.System == FhirSystems.NhsNumber)?.Value;
        if (patient is not null && string.IsNullOrWhiteSpace(nhsNumber))
        {
            Problem("Patient.identifier", $"The patient's NHS number is required (identifier system {FhirSystems.NhsNumber}).");
        }
        var odsCode = organisation?.Identifier.FirstOrDefault(i => i.System == FhirSystems.OdsOrganisation)?.Value;
        if (organisation is not null && string.IsNullOrWhiteSpace(odsCode))
        {
            Problem("Organization.identifier", $"The referring practice's ODS code is required (identifier system {FhirSystems.OdsOrganisation}).");
        }

        void Limit(string expression, string? text, int length)
        {
            if (text?.Length > length)
            {
                Problem(expression, $"This service keeps at most {length} characters here.");
            }
        }
        Limit("ServiceRequest.identifier.system", identifier?.System, FhirOriginRecord.SystemLength);
        Limit("ServiceRequest.identifier.value", identifier?.Value, FhirOriginRecord.TextLength);
        Limit("Organization.identifier", odsCode?.Trim(), FhirOriginRecord.OdsCodeLength);
        Limit("Organization.name", organisation?.Name, FhirOriginRecord.TextLength);
        Limit("Practitioner.name", NameOf(practitioner?.Name ?? []), FhirOriginRecord.TextLength);
        Limit("Practitioner.identifier", practitioner?.Identifier.FirstOrDefault()?.Value, FhirOriginRecord.TextLength);

        var person = patient is null ? null : PersonOf(patient, issues);
        var referral = request is null ? null : ReferralOf(request, practitioner, organisation, odsCode);
        if (person is not null)
        {
            Check(() => person.ToProfile(), issues);
        }
        if (referral is not null)
        {
            Check(() => referral.Validate(), issues);
        }
        if (issues.Count > 0)
        {
            throw new FhirProblemException(StatusCodes.Status422UnprocessableEntity, issues.DistinctBy(i => (i.Expression, i.Message)).ToList());
        }

        return new GpReferral(
            identifier!.System!, identifier.Value!, Domain.People.NhsNumber.Parse(nhsNumber).Value, person!, referral!,
            odsCode!.Trim().ToUpperInvariant(), organisation!.Name,
            NameOf(practitioner!.Name) ?? "", practitioner.Identifier.FirstOrDefault()?.Value);
    }

    private static T? Single<T>(Bundle bundle, List<FhirIssue> issues) where T : Resource
    {
        var found = bundle.Entry.Select(e => e.Resource).OfType<T>().ToList();
        var name = typeof(T).Name;
        if (found.Count != 1)
        {
            issues.Add(new FhirIssue($"Bundle.entry.resource.ofType({name})",
                found.Count == 0 ? $"The bundle needs a {name}." : $"The bundle has {found.Count} {name} resources; send one.",
                found.Count == 0 ? OperationOutcome.IssueType.Required : OperationOutcome.IssueType.Invalid));
        }
        return found.Count == 1 ? found[0] : null;
    }

    private static PersonRequest PersonOf(Patient patient, List<FhirIssue> issues)
    {
        var name = patient.Name.FirstOrDefault(n => n.Use is HumanName.NameUse.Official) ?? patient.Name.FirstOrDefault();
        var preferred = patient.Name.FirstOrDefault(n => n.Use is HumanName.NameUse.Usual && n != name);
        var birthDate = DateOnly.TryParseExact(patient.BirthDate, "yyyy-MM-dd", out var born) ? born : (DateOnly?)null;
        if (patient.BirthDate is not null && birthDate is null)
        {
            issues.Add(new FhirIssue("Patient.birthDate", "The date of birth needs the day, month and year (YYYY-MM-DD)."));
        }
        var phone = Telecom(patient, ContactPoint.ContactPointSystem.Phone, use => use != ContactPoint.ContactPointUse.Mobile);
        var mobile = Telecom(patient, ContactPoint.ContactPointSystem.Phone, use => use == ContactPoint.ContactPointUse.Mobile)
            ?? Telecom(patient, ContactPoint.ContactPointSystem.Sms, _ => true);
        var email = Telecom(patient, ContactPoint.ContactPointSystem.Email, _ => true);
        var address = patient.Address.FirstOrDefault(a => a.Use is not Address.AddressUse.Old);
        var addressText = address is null ? null : address.Text ?? string.Join(", ", address.Line.Append(address.City).Where(p => !string.IsNullOrWhiteSpace(p)));
        // The way the practice has been reaching the person: a phone first, then email, then a letter.
        var preferredContact = phone is not null || mobile is not null ? ContactMethod.Phone
            : email is not null ? ContactMethod.Email
            : ContactMethod.Letter;
        var language = patient.Communication.FirstOrDefault(c => c.Preferred == true) ?? patient.Communication.FirstOrDefault();
        return new PersonRequest(
            name?.Given.FirstOrDefault(),
            name?.Family,
            preferred?.Given.FirstOrDefault(),
            birthDate,
            patient.Identifier.FirstOrDefault(i => i.System == FhirSystems.NhsNumber)?.Value,
            new ContactDetailsRequest(preferredContact.WireName(), phone, mobile, email, string.IsNullOrWhiteSpace(addressText) ? null : addressText),
            address?.PostalCode,
            // The practice's record seldom says; English until the link worker asks.
            language?.Language?.Text ?? language?.Language?.Coding.FirstOrDefault()?.Display ?? "English",
            false,
            [], null, false, false, null, null, null);
    }

    private static ReferralRequest ReferralOf(ServiceRequest request, Practitioner? practitioner, Organization? organisation, string? odsCode)
    {
        var reason = request.ReasonCode.Select(r => r.Text ?? r.Coding.FirstOrDefault()?.Display).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t))
            ?? request.Note.Select(n => n.Text).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t));
        var contact = practitioner?.Telecom.FirstOrDefault()?.Value ?? organisation?.Telecom.FirstOrDefault()?.Value;
        return new ReferralRequest(
            ReferralSource.GpPractice.WireName(),
            new ReferrerRequest(NameOf(practitioner?.Name ?? []), organisation?.Name, odsCode, contact),
            reason,
            UrgencyOf(request.Priority).WireName(),
            false,
            null,
            SnomedCode.ReferralToSocialPrescribing.Value);
    }

    /// <summary>FHIR's request priority to the service's urgency: urgent is "soon", asap and stat are urgent.</summary>
    private static Urgency UrgencyOf(RequestPriority? priority) => priority switch
    {
        RequestPriority.Urgent => Urgency.Soon,
        RequestPriority.Asap or RequestPriority.Stat => Urgency.Urgent,
        _ => Urgency.Routine,
    };

    private static string? Telecom(Patient patient, ContactPoint.ContactPointSystem system, Func<ContactPoint.ContactPointUse?, bool> use) =>
        patient.Telecom.FirstOrDefault(t => t.System == system && use(t.Use) && !string.IsNullOrWhiteSpace(t.Value))?.Value;

    private static string? NameOf(List<HumanName> names) =>
        names.FirstOrDefault() is { } name
            ? name.Text ?? string.Join(" ", name.Prefix.Concat(name.Given).Append(name.Family).Where(p => !string.IsNullOrWhiteSpace(p)))
            : null;

    private static IEnumerable<Coding> Codes(CodeableConcept? concept) => concept?.Coding ?? [];

    /// <summary>Runs the shared checks and keeps each error under the bundle element it concerns.</summary>
    private static void Check(Action check, List<FhirIssue> issues)
    {
        try
        {
            check();
        }
        catch (FieldErrorsException e)
        {
            issues.AddRange(e.Errors.SelectMany(f => f.Value.Select(m => new FhirIssue(Expressions.GetValueOrDefault(f.Key, f.Key), m))));
        }
        catch (DomainException e)
        {
            issues.Add(new FhirIssue(Expressions.GetValueOrDefault(e.Field ?? "", "Bundle"), e.Message));
        }
    }
}
