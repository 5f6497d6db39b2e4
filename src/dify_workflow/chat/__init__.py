"""The chat API of Chatflow, Chatbot and Agent apps: `ChatClient`, `AsyncChatClient`, their
streams, events and results (all also importable from `dify_workflow`)."""
