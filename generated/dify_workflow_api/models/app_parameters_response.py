# GENERATED FILE - DO NOT EDIT. Changes are overwritten by `make generate`.
# From openapi/en/workflow.yaml + openapi/ja/workflow.yaml (sha256 8cc69d8881ffecf2...)
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
        suggested_questions_after_answer (AppParametersResponseSuggestedQuestionsAfterAnswer): Configuration for
            suggested questions after an answer.
        speech_to_text (AppParametersResponseSpeechToText): Speech-to-text feature configuration.
        text_to_speech (AppParametersResponseTextToSpeech): Text-to-speech feature configuration.
        retriever_resource (AppParametersResponseRetrieverResource): Knowledge retrieval citation resource
            configuration.
        annotation_reply (AppParametersResponseAnnotationReply): Annotation reply feature configuration.
        more_like_this (AppParametersResponseMoreLikeThis): More-like-this feature configuration.
        sensitive_word_avoidance (AppParametersResponseSensitiveWordAvoidance): Content moderation feature
            configuration.
        user_input_form (list[AppParametersResponseOtherControl | AppParametersResponseParagraph |
            AppParametersResponseSelect | AppParametersResponseTextInput]): User input form configuration.
        file_upload (AppParametersResponseFileUpload): File upload configuration.
        system_parameters (AppParametersResponseSystemParameters): System-level parameter limits.
        opening_statement (None | str | Unset): Opening statement text.
        suggested_questions (list[str] | Unset): List of suggested questions.
    """

    suggested_questions_after_answer: AppParametersResponseSuggestedQuestionsAfterAnswer
    speech_to_text: AppParametersResponseSpeechToText
    text_to_speech: AppParametersResponseTextToSpeech
    retriever_resource: AppParametersResponseRetrieverResource
    annotation_reply: AppParametersResponseAnnotationReply
    more_like_this: AppParametersResponseMoreLikeThis
    sensitive_word_avoidance: AppParametersResponseSensitiveWordAvoidance
    user_input_form: list[
        AppParametersResponseOtherControl
        | AppParametersResponseParagraph
        | AppParametersResponseSelect
        | AppParametersResponseTextInput
    ]
    file_upload: AppParametersResponseFileUpload
    system_parameters: AppParametersResponseSystemParameters
    opening_statement: None | str | Unset = UNSET
    suggested_questions: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.app_parameters_response_paragraph import (
            AppParametersResponseParagraph,
        )
        from ..models.app_parameters_response_select import AppParametersResponseSelect
        from ..models.app_parameters_response_text_input import (
            AppParametersResponseTextInput,
        )

        suggested_questions_after_answer = (
            self.suggested_questions_after_answer.to_dict()
        )

        speech_to_text = self.speech_to_text.to_dict()

        text_to_speech = self.text_to_speech.to_dict()

        retriever_resource = self.retriever_resource.to_dict()

        annotation_reply = self.annotation_reply.to_dict()

        more_like_this = self.more_like_this.to_dict()

        sensitive_word_avoidance = self.sensitive_word_avoidance.to_dict()

        user_input_form = []
        for user_input_form_item_data in self.user_input_form:
            user_input_form_item: dict[str, Any]
            if (
                isinstance(user_input_form_item_data, AppParametersResponseTextInput)
                or isinstance(user_input_form_item_data, AppParametersResponseParagraph)
                or isinstance(user_input_form_item_data, AppParametersResponseSelect)
            ):
                user_input_form_item = user_input_form_item_data.to_dict()
            else:
                user_input_form_item = user_input_form_item_data.to_dict()

            user_input_form.append(user_input_form_item)

        file_upload = self.file_upload.to_dict()

        system_parameters = self.system_parameters.to_dict()

        opening_statement: None | str | Unset
        if isinstance(self.opening_statement, Unset):
            opening_statement = UNSET
        else:
            opening_statement = self.opening_statement

        suggested_questions: list[str] | Unset = UNSET
        if not isinstance(self.suggested_questions, Unset):
            suggested_questions = self.suggested_questions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "suggested_questions_after_answer": suggested_questions_after_answer,
                "speech_to_text": speech_to_text,
                "text_to_speech": text_to_speech,
                "retriever_resource": retriever_resource,
                "annotation_reply": annotation_reply,
                "more_like_this": more_like_this,
                "sensitive_word_avoidance": sensitive_word_avoidance,
                "user_input_form": user_input_form,
                "file_upload": file_upload,
                "system_parameters": system_parameters,
            }
        )
        if opening_statement is not UNSET:
            field_dict["opening_statement"] = opening_statement
        if suggested_questions is not UNSET:
            field_dict["suggested_questions"] = suggested_questions

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
        suggested_questions_after_answer = (
            AppParametersResponseSuggestedQuestionsAfterAnswer.from_dict(
                d.pop("suggested_questions_after_answer")
            )
        )

        speech_to_text = AppParametersResponseSpeechToText.from_dict(
            d.pop("speech_to_text")
        )

        text_to_speech = AppParametersResponseTextToSpeech.from_dict(
            d.pop("text_to_speech")
        )

        retriever_resource = AppParametersResponseRetrieverResource.from_dict(
            d.pop("retriever_resource")
        )

        annotation_reply = AppParametersResponseAnnotationReply.from_dict(
            d.pop("annotation_reply")
        )

        more_like_this = AppParametersResponseMoreLikeThis.from_dict(
            d.pop("more_like_this")
        )

        sensitive_word_avoidance = (
            AppParametersResponseSensitiveWordAvoidance.from_dict(
                d.pop("sensitive_word_avoidance")
            )
        )

        user_input_form = []
        _user_input_form = d.pop("user_input_form")
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
                    user_input_form_item_select = AppParametersResponseSelect.from_dict(
                        data
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

        file_upload = AppParametersResponseFileUpload.from_dict(d.pop("file_upload"))

        system_parameters = AppParametersResponseSystemParameters.from_dict(
            d.pop("system_parameters")
        )

        def _parse_opening_statement(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        opening_statement = _parse_opening_statement(d.pop("opening_statement", UNSET))

        suggested_questions = cast(list[str], d.pop("suggested_questions", UNSET))

        app_parameters_response = cls(
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
            opening_statement=opening_statement,
            suggested_questions=suggested_questions,
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
