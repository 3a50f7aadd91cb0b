using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewEngines;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.AspNetCore.Routing;
using SocialPrescribing.Web.Pages.LinkWorker.Referrals;
using SocialPrescribing.Web.TagHelpers;

namespace SocialPrescribing.Web.Tests;

/// <summary>
/// The two referral forms share the referral's fields through a base class; a derived class's own fields are listed
/// before its base's, so the summary keeps the order of the page (the person and consent, then the referral).
/// </summary>
public sealed class ErrorSummaryOrderTests
{
    [Fact]
    public void Refer_again_lists_consent_before_the_referrals_own_fields_as_the_page_asks_them()
    {
        var links = SummaryLinks<ReferAgainInput>("Input.SafeguardingNote", "Input.Urgency", "Input.ConsentMethod", "Input.Source", "Input.Consent", "Input.Reason", "Input.ReferrerName");

        Assert.Equal(["#Input_Consent", "#Input_ConsentMethod", "#Input_Source", "#Input_ReferrerName", "#Input_Reason", "#Input_Urgency", "#Input_SafeguardingNote"], links);
    }

    [Fact]
    public void A_new_referral_lists_the_person_and_consent_before_the_referrals_own_fields()
    {
        var links = SummaryLinks<NewReferralInput>("Input.Reason", "Input.ConsentMethod", "Input.Consent", "Input.Source", "Input.Postcode", "Input.GivenName", "Input.SafeguardingNote");

        Assert.Equal(["#Input_GivenName", "#Input_Postcode", "#Input_Consent", "#Input_ConsentMethod", "#Input_Source", "#Input_Reason", "#Input_SafeguardingNote"], links);
    }

    /// <summary>The form's page model as the tag helper sees it: the input under "Input".</summary>
    private sealed class Form<TInput>
    {
        public TInput? Input { get; set; }
    }

    private static List<string> SummaryLinks<TInput>(params string[] keys)
    {
        var modelState = new ModelStateDictionary();
        foreach (var key in keys)
        {
            modelState.AddModelError(key, $"Problem with {key}");
        }
        var viewData = new ViewDataDictionary<Form<TInput>>(new EmptyModelMetadataProvider(), modelState);
        var action = new ActionContext(new DefaultHttpContext(), new RouteData(), new ActionDescriptor(), modelState);
        var helper = new ErrorSummaryTagHelper
        {
            ViewContext = new ViewContext(action, NullView.Instance, viewData, new NullTempData(), TextWriter.Null, new HtmlHelperOptions()),
        };
        var output = new TagHelperOutput("nhsuk-error-summary", [], (_, _) => Task.FromResult<TagHelperContent>(new DefaultTagHelperContent()));
        helper.Process(new TagHelperContext([], new Dictionary<object, object>(), "summary"), output);
        return [.. System.Text.RegularExpressions.Regex.Matches(output.Content.GetContent(), "href=\"([^\"]+)\"").Select(m => m.Groups[1].Value)];
    }

    private sealed class NullView : IView
    {
        public static readonly NullView Instance = new();
        public string Path => "";
        public Task RenderAsync(ViewContext context) => Task.CompletedTask;
    }

    private sealed class NullTempData : Dictionary<string, object?>, ITempDataDictionary
    {
        public void Keep() { }
        public void Keep(string key) { }
        public void Load() { }
        public object? Peek(string key) => null;
        public void Save() { }
    }
}
