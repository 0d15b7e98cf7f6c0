"""Thin views of the participant's profile, pitch, video and packet, and the video itself."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import (
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponseRedirect,
    JsonResponse,
)
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from home.ranges import ranged_file_response

from . import selectors, services
from .choices import PITCH_PARTS, PITCH_TARGET_SECONDS, WORDS_PER_MINUTE
from .forms import PitchForm, ProfileForm, RestoreVersionForm, SharingForm, VideoUploadForm
from .models import DEFAULT_VIDEO_MAX_MB, VideoApplication, VideoSettings
from .storage import PrivateFileSystemStorage
from .video import VIDEO_TYPES, SizeLimitUploadHandler, sniff_upload

# Room for the form's other fields and the multipart boundaries around the file.
MULTIPART_OVERHEAD = 64 * 1024


def _profile(request: HttpRequest):
    services.get_or_create_profile(user=request.user)
    return selectors.profile_for(user=request.user)


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def edit_profile(request: HttpRequest) -> HttpResponse:
    profile = _profile(request)
    form = ProfileForm(request.POST or None, instance=profile)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            form.save()
            services.set_skills(profile=profile, names=form.cleaned_data["skills_text"])
        messages.success(request, _("Your profile has been saved."))
        return redirect("profiles:edit_profile")
    return render(
        request,
        "profiles/edit_profile.html",
        {
            "form": form,
            "profile": profile,
            "suggestions": selectors.sector_suggestions(),
            "skill_suggestions": selectors.suggested_skills(),
            "comments": [c for c in profile.comments.all() if c.part == "profile"],
        },
    )


def _pitch_context(request, profile, form):
    language = get_language()
    texts = {part.name: (form[part.name].value() or "") for part in PITCH_PARTS}
    words = sum(selectors.word_count(text) for text in texts.values())
    seconds = selectors.speaking_seconds(words, language=language)
    return {
        "total_words": words,
        "seconds": seconds,
        "too_long": seconds > PITCH_TARGET_SECONDS,
        "form": form,
        "profile": profile,
        "parts": [
            (
                part,
                form[part.name],
                selectors.word_count(texts[part.name]),
                [c for c in profile.comments.all() if c.part == part.name],
            )
            for part in PITCH_PARTS
        ],
        "versions": selectors.pitch_versions(profile=profile),
        "words_per_minute": WORDS_PER_MINUTE.get(language, WORDS_PER_MINUTE["en"]),
        "target_seconds": PITCH_TARGET_SECONDS,
    }


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def pitch(request: HttpRequest) -> HttpResponse:
    profile = _profile(request)
    form = PitchForm(request.POST or None, initial=profile.pitch_parts())
    if request.method == "POST" and form.is_valid():
        services.save_pitch(profile=profile, parts=form.parts())
        messages.success(request, _("Your pitch has been saved."))
        return redirect("profiles:pitch")
    return render(request, "profiles/pitch.html", _pitch_context(request, profile, form))


@never_cache
@login_required
@require_POST
def pitch_autosave(request: HttpRequest) -> JsonResponse:
    profile = services.get_or_create_profile(user=request.user)
    form = PitchForm(request.POST)
    if not form.is_valid():
        return JsonResponse(
            {"saved": False, "errors": {k: [str(e) for e in v] for k, v in form.errors.items()}},
            status=400,
        )
    services.save_pitch(profile=profile, parts=form.parts(), autosave=True)
    return JsonResponse({"saved": True})


@never_cache
@login_required
@require_POST
def restore_pitch(request: HttpRequest) -> HttpResponse:
    profile = services.get_or_create_profile(user=request.user)
    form = RestoreVersionForm(request.POST)
    if form.is_valid():
        version = get_object_or_404(profile.pitch_versions, pk=form.cleaned_data["version"])
        services.restore_pitch_version(profile=profile, version=version)
        messages.success(request, _("The earlier version of your pitch is back."))
    return redirect("profiles:pitch")


@never_cache
@login_required
@require_GET
def pitch_print(request: HttpRequest) -> HttpResponse:
    profile = _profile(request)
    return render(
        request,
        "profiles/pitch_print.html",
        {
            "profile": profile,
            "parts": [(p, getattr(profile, f"pitch_{p.name}")) for p in PITCH_PARTS],
        },
    )


def _video_limit() -> int:
    try:
        megabytes = VideoSettings.load().max_video_size_mb
    except Exception:  # noqa: BLE001 - no settings row yet: the default
        megabytes = DEFAULT_VIDEO_MAX_MB
    return megabytes * 1024 * 1024


def _video_page(request, profile, form, status=200):
    return render(
        request,
        "profiles/video.html",
        {
            "form": form,
            "profile": profile,
            "video": selectors.video_of(profile),
            "limit_mb": _video_limit() // (1024 * 1024),
            "comments": [c for c in profile.comments.all() if c.part == "video"],
        },
        status=status,
    )


@csrf_exempt
@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def video(request: HttpRequest) -> HttpResponse:
    """The upload handler must be in place before anything reads the request body, the CSRF
    check included: the check runs in ``_video`` just after."""
    limit = _video_limit()
    handler = SizeLimitUploadHandler(request, limit=limit)
    if request.method == "POST":
        request.upload_handlers.insert(0, handler)
    return _video(request, handler=handler, limit=limit)


@csrf_protect
def _video(request: HttpRequest, *, handler: SizeLimitUploadHandler, limit: int) -> HttpResponse:
    profile = _profile(request)
    if request.method == "GET":
        return _video_page(request, profile, VideoUploadForm())
    too_big_message = _(
        "This video is larger than %(size)d MB: shorten it or lower its quality, then try again."
    ) % {"size": limit // (1024 * 1024)}
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0
    if length > limit + MULTIPART_OVERHEAD:
        # Refused before reading the body: nothing of it is stored anywhere.
        return _video_page(request, profile, _form_with_error(too_big_message), status=413)
    form = VideoUploadForm(request.POST, request.FILES)
    if handler.too_big:
        return _video_page(request, profile, _form_with_error(too_big_message), status=413)
    if not form.is_valid():
        return _video_page(request, profile, form, status=400)
    upload = form.cleaned_data["file"]
    url = form.cleaned_data["external_url"]
    if upload:
        if form.cleaned_data["complete"] != "1":
            return _video_page(
                request,
                profile,
                _form_with_error(_("The upload was interrupted before the end. Please try again.")),
                status=400,
            )
        if upload.size == 0:
            return _video_page(
                request, profile, _form_with_error(_("This file is empty.")), status=400
            )
        kind = sniff_upload(upload)
        if kind is None:
            return _video_page(
                request,
                profile,
                _form_with_error(
                    _("This file is not an MP4, WebM or MOV video, whatever its name says.")
                ),
                status=400,
            )
        content_type, extension = VIDEO_TYPES[kind]
        services.save_uploaded_video(
            profile=profile, upload=upload, content_type=content_type, extension=extension
        )
        messages.success(request, _("Your video has been saved."))
    elif url:
        services.set_external_video(profile=profile, url=url)
        messages.success(request, _("The link to your video has been saved."))
    else:
        return _video_page(
            request,
            profile,
            _form_with_error(_("Choose a video file or give a link to your video.")),
            status=400,
        )
    return redirect("profiles:video")


def _form_with_error(message: str) -> VideoUploadForm:
    form = VideoUploadForm(data={})
    form.is_valid()
    form.add_error("file", message)
    return form


@never_cache
@login_required
@require_POST
def delete_video(request: HttpRequest) -> HttpResponse:
    profile = services.get_or_create_profile(user=request.user)
    services.delete_video(profile=profile)
    messages.success(request, _("Your video has been deleted."))
    return redirect("profiles:video")


@never_cache
@require_GET
def serve_video(request: HttpRequest, token) -> HttpResponse:
    """The video file, to those ``can_view_packet`` lets in; 404 to everyone else (nothing tells
    a stranger that the video exists)."""
    video = VideoApplication.objects.select_related("profile").filter(token=token).first()
    if (
        video is None
        or not video.file
        or not selectors.can_view_packet(request.user, video.profile)
    ):
        raise Http404
    storage = video.file.storage
    if not isinstance(storage, PrivateFileSystemStorage):
        # Object storage: a signed URL that expires shortly (django-storages' querystring auth).
        return HttpResponseRedirect(storage.url(video.file.name))
    # Players ask for parts of the file to seek (Safari plays nothing without it).
    response = ranged_file_response(
        request,
        storage.open(video.file.name, "rb"),
        size=storage.size(video.file.name),
        content_type=video.content_type,
    )
    response["Content-Disposition"] = "inline"
    response["Cache-Control"] = "private, no-store"
    return response


@never_cache
@login_required
@require_GET
def packet_preview(request: HttpRequest) -> HttpResponse:
    profile = _profile(request)
    language = get_language()
    return render(
        request,
        "profiles/packet_preview.html",
        {
            "profile": profile,
            "packet": selectors.packet(
                profile=profile,
                language=language,
                modules=selectors.completed_modules(user=request.user, language=language),
            ),
            "sharing_form": SharingForm(initial={"share": profile.shares_with_employers}),
            "views": selectors.packet_views(profile=profile),
        },
    )


@never_cache
@login_required
@require_POST
def sharing(request: HttpRequest) -> HttpResponse:
    profile = services.get_or_create_profile(user=request.user)
    form = SharingForm(request.POST)
    if form.is_valid():
        share = form.cleaned_data["share"]
        services.set_sharing(profile=profile, share=share)
        messages.success(
            request,
            _("Your packet is shared with the employers of your events.")
            if share
            else _("Your packet is no longer shared with any employer."),
        )
    return redirect("profiles:packet")
