# GENERATED FILE - DO NOT EDIT. Changes are overwritten by `make generate`.
# From openapi/en/workflow.yaml + openapi/ja/workflow.yaml (sha256 0e420163e9fa92d2...)
# by scripts/generate.py with openapi-python-client 0.29.1.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_parameters_response_annotation_reply import (
        AppParametersResponseAnnotationReply,
    )
    from ..models.app_parameters_response_file_upload import (
        AppParametersResponseFileUpload,
    )
    from ..models.app_parameters_response_more_like_this import (
        AppParametersResponseMoreLikeThis,
    )
    from ..models.app_parameters_response_other_control import (
        AppParametersResponseOtherControl,
    )
    from ..models.app_parameters_response_paragraph import (
        AppParametersResponseParagraph,
    )
    from ..models.app_parameters_response_retriever_resource import (
        AppParametersResponseRetrieverResource,
    )
    from ..models.app_parameters_response_select import AppParametersResponseSelect
    from ..models.app_parameters_response_sensitive_word_avoidance import (
        AppParametersResponseSensitiveWordAvoidance,
    )
    from ..models.app_parameters_response_speech_to_text import (
        AppParametersResponseSpeechToText,
    )
    from ..models.app_parameters_response_suggested_questions_after_answer import (
        AppParametersResponseSuggestedQuestionsAfterAnswer,
    )
    from ..models.app_parameters_response_system_parameters import (
        AppParametersResponseSystemParameters,
    )
    from ..models.app_parameters_response_text_input import (
        AppParametersResponseTextInput,
    )
    from ..models.app_parameters_response_text_to_speech import (
        AppParametersResponseTextToSpeech,
    )


T = TypeVar("T", bound="AppParametersResponse")


@_attrs_define
class AppParametersResponse:
    """
    Attributes:
        opening_statement (None | str | Unset): Opening statement text.
        suggested_questions (list[str] | Unset): List of suggested questions.
        suggested_questions_after_answer (AppParametersResponseSuggestedQuestionsAfterAnswer | Unset): Configuration for
            suggested questions after an answer.
        speech_to_text (AppParametersResponseSpeechToText | Unset): Speech-to-text feature configuration.
        text_to_speech (AppParametersResponseTextToSpeech | Unset): Text-to-speech feature configuration.
        retriever_resource (AppParametersResponseRetrieverResource | Unset): Knowledge retrieval citation resource
            configuration.
        annotation_reply (AppParametersResponseAnnotationReply | Unset): Annotation reply feature configuration.
        more_like_this (AppParametersResponseMoreLikeThis | Unset): More-like-this feature configuration.
        sensitive_word_avoidance (AppParametersResponseSensitiveWordAvoidance | Unset): Content moderation feature
            configuration.
        user_input_form (list[AppParametersResponseOtherControl | AppParametersResponseParagraph |
            AppParametersResponseSelect | AppParametersResponseTextInput] | Unset): User input form configuration.
        file_upload (AppParametersResponseFileUpload | Unset): File upload configuration.
        system_parameters (AppParametersResponseSystemParameters | Unset): System-level parameter limits.
    """

    opening_statement: None | str | Unset = UNSET
    suggested_questions: list[str] | Unset = UNSET
    suggested_questions_after_answer: (
        AppParametersResponseSuggestedQuestionsAfterAnswer | Unset
    ) = UNSET
    speech_to_text: AppParametersResponseSpeechToText | Unset = UNSET
    text_to_speech: AppParametersResponseTextToSpeech | Unset = UNSET
    retriever_resource: AppParametersResponseRetrieverResource | Unset = UNSET
    annotation_reply: AppParametersResponseAnnotationReply | Unset = UNSET
    more_like_this: AppParametersResponseMoreLikeThis | Unset = UNSET
    sensitive_word_avoidance: AppParametersResponseSensitiveWordAvoidance | Unset = (
        UNSET
    )
    user_input_form: (
        list[
            AppParametersResponseOtherControl
            | AppParametersResponseParagraph
            | AppParametersResponseSelect
            | AppParametersResponseTextInput
        ]
        | Unset
    ) = UNSET
    file_upload: AppParametersResponseFileUpload | Unset = UNSET
    system_parameters: AppParametersResponseSystemParameters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.app_parameters_response_paragraph import (
            AppParametersResponseParagraph,
        )
        from ..models.app_parameters_response_select import AppParametersResponseSelect
        from ..models.app_parameters_response_text_input import (
            AppParametersResponseTextInput,
        )

        opening_statement: None | str | Unset
        if isinstance(self.opening_statement, Unset):
            opening_statement = UNSET
        else:
            opening_statement = self.opening_statement

        suggested_questions: list[str] | Unset = UNSET
        if not isinstance(self.suggested_questions, Unset):
            suggested_questions = self.suggested_questions

        suggested_questions_after_answer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.suggested_questions_after_answer, Unset):
            suggested_questions_after_answer = (
                self.suggested_questions_after_answer.to_dict()
            )

        speech_to_text: dict[str, Any] | Unset = UNSET
        if not isinstance(self.speech_to_text, Unset):
            speech_to_text = self.speech_to_text.to_dict()

        text_to_speech: dict[str, Any] | Unset = UNSET
        if not isinstance(self.text_to_speech, Unset):
            text_to_speech = self.text_to_speech.to_dict()

        retriever_resource: dict[str, Any] | Unset = UNSET
        if not isinstance(self.retriever_resource, Unset):
            retriever_resource = self.retriever_resource.to_dict()

        annotation_reply: dict[str, Any] | Unset = UNSET
        if not isinstance(self.annotation_reply, Unset):
            annotation_reply = self.annotation_reply.to_dict()

        more_like_this: dict[str, Any] | Unset = UNSET
        if not isinstance(self.more_like_this, Unset):
            more_like_this = self.more_like_this.to_dict()

        sensitive_word_avoidance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sensitive_word_avoidance, Unset):
            sensitive_word_avoidance = self.sensitive_word_avoidance.to_dict()

        user_input_form: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.user_input_form, Unset):
            user_input_form = []
            for user_input_form_item_data in self.user_input_form:
                user_input_form_item: dict[str, Any]
                if (
                    isinstance(
                        user_input_form_item_data, AppParametersResponseTextInput
                    )
                    or isinstance(
                        user_input_form_item_data, AppParametersResponseParagraph
                    )
                    or isinstance(
                        user_input_form_item_data, AppParametersResponseSelect
                    )
                ):
                    user_input_form_item = user_input_form_item_data.to_dict()
                else:
                    user_input_form_item = user_input_form_item_data.to_dict()

                user_input_form.append(user_input_form_item)

        file_upload: dict[str, Any] | Unset = UNSET
        if not isinstance(self.file_upload, Unset):
            file_upload = self.file_upload.to_dict()

        system_parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.system_parameters, Unset):
            system_parameters = self.system_parameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if opening_statement is not UNSET:
            field_dict["opening_statement"] = opening_statement
        if suggested_questions is not UNSET:
            field_dict["suggested_questions"] = suggested_questions
        if suggested_questions_after_answer is not UNSET:
            field_dict["suggested_questions_after_answer"] = (
                suggested_questions_after_answer
            )
        if speech_to_text is not UNSET:
            field_dict["speech_to_text"] = speech_to_text
        if text_to_speech is not UNSET:
            field_dict["text_to_speech"] = text_to_speech
        if retriever_resource is not UNSET:
            field_dict["retriever_resource"] = retriever_resource
        if annotation_reply is not UNSET:
            field_dict["annotation_reply"] = annotation_reply
        if more_like_this is not UNSET:
            field_dict["more_like_this"] = more_like_this
        if sensitive_word_avoidance is not UNSET:
            field_dict["sensitive_word_avoidance"] = sensitive_word_avoidance
        if user_input_form is not UNSET:
            field_dict["user_input_form"] = user_input_form
        if file_upload is not UNSET:
            field_dict["file_upload"] = file_upload
        if system_parameters is not UNSET:
            field_dict["system_parameters"] = system_parameters

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.app_parameters_response_annotation_reply import (
            AppParametersResponseAnnotationReply,
        )
        from ..models.app_parameters_response_file_upload import (
            AppParametersResponseFileUpload,
        )
        from ..models.app_parameters_response_more_like_this import (
            AppParametersResponseMoreLikeThis,
        )
        from ..models.app_parameters_response_other_control import (
            AppParametersResponseOtherControl,
        )
        from ..models.app_parameters_response_paragraph import (
            AppParametersResponseParagraph,
        )
        from ..models.app_parameters_response_retriever_resource import (
            AppParametersResponseRetrieverResource,
        )
        from ..models.app_parameters_response_select import AppParametersResponseSelect
        from ..models.app_parameters_response_sensitive_word_avoidance import (
            AppParametersResponseSensitiveWordAvoidance,
        )
        from ..models.app_parameters_response_speech_to_text import (
            AppParametersResponseSpeechToText,
        )
        from ..models.app_parameters_response_suggested_questions_after_answer import (
            AppParametersResponseSuggestedQuestionsAfterAnswer,
        )
        from ..models.app_parameters_response_system_parameters import (
            AppParametersResponseSystemParameters,
        )
        from ..models.app_parameters_response_text_input import (
            AppParametersResponseTextInput,
        )
        from ..models.app_parameters_response_text_to_speech import (
            AppParametersResponseTextToSpeech,
        )

        d = dict(src_dict)

        def _parse_opening_statement(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        opening_statement = _parse_opening_statement(d.pop("opening_statement", UNSET))

        suggested_questions = cast(list[str], d.pop("suggested_questions", UNSET))

        _suggested_questions_after_answer = d.pop(
            "suggested_questions_after_answer", UNSET
        )
        suggested_questions_after_answer: (
            AppParametersResponseSuggestedQuestionsAfterAnswer | Unset
        )
        if isinstance(_suggested_questions_after_answer, Unset):
            suggested_questions_after_answer = UNSET
        else:
            suggested_questions_after_answer = (
                AppParametersResponseSuggestedQuestionsAfterAnswer.from_dict(
                    _suggested_questions_after_answer
                )
            )

        _speech_to_text = d.pop("speech_to_text", UNSET)
        speech_to_text: AppParametersResponseSpeechToText | Unset
        if isinstance(_speech_to_text, Unset):
            speech_to_text = UNSET
        else:
            speech_to_text = AppParametersResponseSpeechToText.from_dict(
                _speech_to_text
            )

        _text_to_speech = d.pop("text_to_speech", UNSET)
        text_to_speech: AppParametersResponseTextToSpeech | Unset
        if isinstance(_text_to_speech, Unset):
            text_to_speech = UNSET
        else:
            text_to_speech = AppParametersResponseTextToSpeech.from_dict(
                _text_to_speech
            )

        _retriever_resource = d.pop("retriever_resource", UNSET)
        retriever_resource: AppParametersResponseRetrieverResource | Unset
        if isinstance(_retriever_resource, Unset):
            retriever_resource = UNSET
        else:
            retriever_resource = AppParametersResponseRetrieverResource.from_dict(
                _retriever_resource
            )

        _annotation_reply = d.pop("annotation_reply", UNSET)
        annotation_reply: AppParametersResponseAnnotationReply | Unset
        if isinstance(_annotation_reply, Unset):
            annotation_reply = UNSET
        else:
            annotation_reply = AppParametersResponseAnnotationReply.from_dict(
                _annotation_reply
            )

        _more_like_this = d.pop("more_like_this", UNSET)
        more_like_this: AppParametersResponseMoreLikeThis | Unset
        if isinstance(_more_like_this, Unset):
            more_like_this = UNSET
        else:
            more_like_this = AppParametersResponseMoreLikeThis.from_dict(
                _more_like_this
            )

        _sensitive_word_avoidance = d.pop("sensitive_word_avoidance", UNSET)
        sensitive_word_avoidance: AppParametersResponseSensitiveWordAvoidance | Unset
        if isinstance(_sensitive_word_avoidance, Unset):
            sensitive_word_avoidance = UNSET
        else:
            sensitive_word_avoidance = (
                AppParametersResponseSensitiveWordAvoidance.from_dict(
                    _sensitive_word_avoidance
                )
            )

        _user_input_form = d.pop("user_input_form", UNSET)
        user_input_form: (
            list[
                AppParametersResponseOtherControl
                | AppParametersResponseParagraph
                | AppParametersResponseSelect
                | AppParametersResponseTextInput
            ]
            | Unset
        ) = UNSET
        if _user_input_form is not UNSET:
            user_input_form = []
            for user_input_form_item_data in _user_input_form:

                def _parse_user_input_form_item(
                    data: object,
                ) -> (
                    AppParametersResponseOtherControl
                    | AppParametersResponseParagraph
                    | AppParametersResponseSelect
                    | AppParametersResponseTextInput
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        user_input_form_item_text_input = (
                            AppParametersResponseTextInput.from_dict(data)
                        )

                        return user_input_form_item_text_input
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        user_input_form_item_paragraph = (
                            AppParametersResponseParagraph.from_dict(data)
                        )

                        return user_input_form_item_paragraph
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        user_input_form_item_select = (
                            AppParametersResponseSelect.from_dict(data)
                        )

                        return user_input_form_item_select
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    user_input_form_item_other_control = (
                        AppParametersResponseOtherControl.from_dict(data)
                    )

                    return user_input_form_item_other_control

                user_input_form_item = _parse_user_input_form_item(
                    user_input_form_item_data
                )

                user_input_form.append(user_input_form_item)

        _file_upload = d.pop("file_upload", UNSET)
        file_upload: AppParametersResponseFileUpload | Unset
        if isinstance(_file_upload, Unset):
            file_upload = UNSET
        else:
            file_upload = AppParametersResponseFileUpload.from_dict(_file_upload)

        _system_parameters = d.pop("system_parameters", UNSET)
        system_parameters: AppParametersResponseSystemParameters | Unset
        if isinstance(_system_parameters, Unset):
            system_parameters = UNSET
        else:
            system_parameters = AppParametersResponseSystemParameters.from_dict(
                _system_parameters
            )

        app_parameters_response = cls(
            opening_statement=opening_statement,
            suggested_questions=suggested_questions,
            suggested_questions_after_answer=suggested_questions_after_answer,
            speech_to_text=speech_to_text,
            text_to_speech=text_to_speech,
            retriever_resource=retriever_resource,
            annotation_reply=annotation_reply,
            more_like_this=more_like_this,
            sensitive_word_avoidance=sensitive_word_avoidance,
            user_input_form=user_input_form,
            file_upload=file_upload,
            system_parameters=system_parameters,
        )

        app_parameters_response.additional_properties = d
        return app_parameters_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
