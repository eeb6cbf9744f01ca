// generated, do not edit: `npm run manifest` writes this file from pipelines/*.yaml.
import type { Preset } from '@segment/actions-core'

export const presets: Preset[] = [
  {
    "name": "Add Payment Info",
    "subscribe": "type = \"track\" and (event = \"Payment Info Entered\" or event = \"payment info entered\" or event = \"Payment info entered\" or event = \"PAYMENT INFO ENTERED\")",
    "partnerAction": "reportEvent",
    "mapping": {
      "event": "AddPaymentInfo",
      "event_source": {
        "@if": {
          "exists": {
            "@path": "$.properties.event_source"
          },
          "then": {
            "@path": "$.properties.event_source"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.eventSource"
              },
              "then": {
                "@path": "$.properties.eventSource"
              },
              "else": {
                "@path": "$.channel"
              }
            }
          }
        }
      },
      "event_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.event_id"
          },
          "then": {
            "@path": "$.properties.event_id"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.eventId"
              },
              "then": {
                "@path": "$.properties.eventId"
              },
              "else": {
                "@path": "$.messageId"
              }
            }
          }
        }
      },
      "timestamp": {
        "@if": {
          "exists": {
            "@path": "$.timestamp"
          },
          "then": {
            "@path": "$.timestamp"
          },
          "else": {
            "@path": "$.originalTimestamp"
          }
        }
      },
      "email": {
        "@if": {
          "exists": {
            "@path": "$.properties.email"
          },
          "then": {
            "@path": "$.properties.email"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.email"
              },
              "then": {
                "@path": "$.context.traits.email"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.context.user.email"
                  },
                  "then": {
                    "@path": "$.context.user.email"
                  },
                  "else": {
                    "@path": "$.properties.context.user.email"
                  }
                }
              }
            }
          }
        }
      },
      "phone": {
        "@if": {
          "exists": {
            "@path": "$.properties.phone"
          },
          "then": {
            "@path": "$.properties.phone"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.phone"
              },
              "then": {
                "@path": "$.context.traits.phone"
              },
              "else": {
                "@path": "$.properties.context.user.phone"
              }
            }
          }
        }
      },
      "typed_external_ids": {
        "@path": "$.context.externalId"
      },
      "user_id": {
        "@path": "$.userId"
      },
      "anonymous_id": {
        "@path": "$.anonymousId"
      },
      "first_name": {
        "@if": {
          "exists": {
            "@path": "$.properties.first_name"
          },
          "then": {
            "@path": "$.properties.first_name"
          },
          "else": {
            "@path": "$.context.traits.firstName"
          }
        }
      },
      "last_name": {
        "@if": {
          "exists": {
            "@path": "$.properties.last_name"
          },
          "then": {
            "@path": "$.properties.last_name"
          },
          "else": {
            "@path": "$.context.traits.lastName"
          }
        }
      },
      "user_traits": {
        "@path": "$.context.traits"
      },
      "zip_code": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.postal_code"
          },
          "then": {
            "@path": "$.properties.address.postal_code"
          },
          "else": {
            "@path": "$.context.traits.address.postalCode"
          }
        }
      },
      "city": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.city"
          },
          "then": {
            "@path": "$.properties.address.city"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.city"
              },
              "then": {
                "@path": "$.context.traits.address.city"
              },
              "else": {
                "@path": "$.properties.city"
              }
            }
          }
        }
      },
      "state": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.state"
          },
          "then": {
            "@path": "$.properties.address.state"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.state"
              },
              "then": {
                "@path": "$.context.traits.address.state"
              },
              "else": {
                "@path": "$.properties.state"
              }
            }
          }
        }
      },
      "country": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.country"
          },
          "then": {
            "@path": "$.properties.address.country"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.country"
              },
              "then": {
                "@path": "$.context.traits.address.country"
              },
              "else": {
                "@path": "$.properties.country"
              }
            }
          }
        }
      },
      "ttp": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttp"
          },
          "then": {
            "@path": "$.properties.ttp"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttp"
              },
              "then": {
                "@path": "$.context.ttp"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.integrations.TikTok Conversions.ttp"
                  },
                  "then": {
                    "@path": "$.integrations.TikTok Conversions.ttp"
                  },
                  "else": {
                    "@if": {
                      "exists": {
                        "@path": "$.integrations.TikTok.ttp"
                      },
                      "then": {
                        "@path": "$.integrations.TikTok.ttp"
                      },
                      "else": {
                        "@path": "$.properties.context.user.ttp"
                      }
                    }
                  }
                }
              }
            }
          }
        }
      },
      "ttclid": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttclid"
          },
          "then": {
            "@path": "$.properties.ttclid"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttclid"
              },
              "then": {
                "@path": "$.context.ttclid"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.integrations.TikTok Conversions.ttclid"
                  },
                  "then": {
                    "@path": "$.integrations.TikTok Conversions.ttclid"
                  },
                  "else": {
                    "@path": "$.integrations.TikTok.ttclid"
                  }
                }
              }
            }
          }
        }
      },
      "ip": {
        "@if": {
          "exists": {
            "@path": "$.context.ip"
          },
          "then": {
            "@path": "$.context.ip"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.user.ip"
              },
              "then": {
                "@path": "$.properties.context.user.ip"
              },
              "else": {
                "@path": "$.request_ip"
              }
            }
          }
        }
      },
      "user_agent": {
        "@if": {
          "exists": {
            "@path": "$.context.userAgent"
          },
          "then": {
            "@path": "$.context.userAgent"
          },
          "else": {
            "@path": "$.properties.context.user.userAgent"
          }
        }
      },
      "locale": {
        "@if": {
          "exists": {
            "@path": "$.context.locale"
          },
          "then": {
            "@path": "$.context.locale"
          },
          "else": {
            "@path": "$.properties.context.user.locale"
          }
        }
      },
      "url": {
        "@if": {
          "exists": {
            "@path": "$.context.page.url"
          },
          "then": {
            "@path": "$.context.page.url"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.page.url"
              },
              "then": {
                "@path": "$.properties.context.page.url"
              },
              "else": {
                "@path": "$.properties.url"
              }
            }
          }
        }
      },
      "referrer": {
        "@if": {
          "exists": {
            "@path": "$.context.page.referrer"
          },
          "then": {
            "@path": "$.context.page.referrer"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.page.referrer"
              },
              "then": {
                "@path": "$.properties.context.page.referrer"
              },
              "else": {
                "@path": "$.properties.referrer"
              }
            }
          }
        }
      },
      "device": {
        "@path": "$.context.device"
      },
      "os": {
        "@path": "$.context.os"
      },
      "att_status": {
        "@if": {
          "exists": {
            "@path": "$.properties.att_status"
          },
          "then": {
            "@path": "$.properties.att_status"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.device.attStatus"
              },
              "then": {
                "@path": "$.context.device.attStatus"
              },
              "else": {
                "@path": "$.context.device.trackingStatus"
              }
            }
          }
        }
      },
      "ad": {
        "callback": {
          "@if": {
            "exists": {
              "@path": "$.properties.callback"
            },
            "then": {
              "@path": "$.properties.callback"
            },
            "else": {
              "@path": "$.properties.callBack"
            }
          }
        },
        "campaign_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.campaign_id"
            },
            "then": {
              "@path": "$.properties.campaign_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.campaignId"
                },
                "then": {
                  "@path": "$.properties.campaignId"
                },
                "else": {
                  "@if": {
                    "exists": {
                      "@path": "$.properties.campaign.id"
                    },
                    "then": {
                      "@path": "$.properties.campaign.id"
                    },
                    "else": {
                      "@if": {
                        "exists": {
                          "@path": "$.properties.campaign.name"
                        },
                        "then": {
                          "@path": "$.properties.campaign.name"
                        },
                        "else": {
                          "@path": "$.context.campaign.id"
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        },
        "ad_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.ad_id"
            },
            "then": {
              "@path": "$.properties.ad_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.adId"
                },
                "then": {
                  "@path": "$.properties.adId"
                },
                "else": {
                  "@path": "$.properties.campaign.ad_group"
                }
              }
            }
          }
        },
        "creative_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.creative_id"
            },
            "then": {
              "@path": "$.properties.creative_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.creativeId"
                },
                "then": {
                  "@path": "$.properties.creativeId"
                },
                "else": {
                  "@path": "$.properties.campaign.ad_creative"
                }
              }
            }
          }
        },
        "is_retargeting": {
          "@if": {
            "exists": {
              "@path": "$.properties.is_retargeting"
            },
            "then": {
              "@path": "$.properties.is_retargeting"
            },
            "else": {
              "@path": "$.properties.isRetargeting"
            }
          }
        },
        "attributed": {
          "@path": "$.properties.attributed"
        },
        "attribution_type": {
          "@if": {
            "exists": {
              "@path": "$.properties.attribution_type"
            },
            "then": {
              "@path": "$.properties.attribution_type"
            },
            "else": {
              "@path": "$.properties.attributionType"
            }
          }
        },
        "attribution_provider": {
          "@if": {
            "exists": {
              "@path": "$.properties.attribution_provider"
            },
            "then": {
              "@path": "$.properties.attribution_provider"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.attributionProvider"
                },
                "then": {
                  "@path": "$.properties.attributionProvider"
                },
                "else": {
                  "@if": {
                    "exists": {
                      "@path": "$.properties.provider"
                    },
                    "then": {
                      "@path": "$.properties.provider"
                    },
                    "else": {
                      "@path": "$.context.referrer.type"
                    }
                  }
                }
              }
            }
          }
        }
      },
      "app": {
        "@path": "$.context.app"
      },
      "contents": {
        "@if": {
          "exists": {
            "@path": "$.properties.contents"
          },
          "then": {
            "@arrayPath": [
              "$.properties.contents",
              {
                "content_id": {
                  "@path": "$.content_id"
                },
                "content_name": {
                  "@path": "$.content_name"
                },
                "content_category": {
                  "@path": "$.content_category"
                },
                "brand": {
                  "@path": "$.brand"
                },
                "price": {
                  "@path": "$.price"
                },
                "quantity": {
                  "@path": "$.quantity"
                }
              }
            ]
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.products"
              },
              "then": {
                "@arrayPath": [
                  "$.properties.products",
                  {
                    "content_id": {
                      "@if": {
                        "exists": {
                          "@path": "$.product_id"
                        },
                        "then": {
                          "@path": "$.product_id"
                        },
                        "else": {
                          "@if": {
                            "exists": {
                              "@path": "$.productId"
                            },
                            "then": {
                              "@path": "$.productId"
                            },
                            "else": {
                              "@if": {
                                "exists": {
                                  "@path": "$.sku"
                                },
                                "then": {
                                  "@path": "$.sku"
                                },
                                "else": {
                                  "@path": "$.id"
                                }
                              }
                            }
                          }
                        }
                      }
                    },
                    "content_name": {
                      "@path": "$.name"
                    },
                    "content_category": {
                      "@path": "$.category"
                    },
                    "brand": {
                      "@path": "$.brand"
                    },
                    "price": {
                      "@path": "$.price"
                    },
                    "quantity": {
                      "@path": "$.quantity"
                    }
                  }
                ]
              },
              "else": {
                "@if": {
                  "exists": {
                    "@if": {
                      "exists": {
                        "@path": "$.properties.product_id"
                      },
                      "then": {
                        "@path": "$.properties.product_id"
                      },
                      "else": {
                        "@if": {
                          "exists": {
                            "@path": "$.properties.productId"
                          },
                          "then": {
                            "@path": "$.properties.productId"
                          },
                          "else": {
                            "@path": "$.properties.sku"
                          }
                        }
                      }
                    }
                  },
                  "then": [
                    {
                      "content_id": {
                        "@if": {
                          "exists": {
                            "@path": "$.properties.product_id"
                          },
                          "then": {
                            "@path": "$.properties.product_id"
                          },
                          "else": {
                            "@if": {
                              "exists": {
                                "@path": "$.properties.productId"
                              },
                              "then": {
                                "@path": "$.properties.productId"
                              },
                              "else": {
                                "@path": "$.properties.sku"
                              }
                            }
                          }
                        }
                      },
                      "content_name": {
                        "@path": "$.properties.name"
                      },
                      "content_category": {
                        "@path": "$.properties.category"
                      },
                      "brand": {
                        "@path": "$.properties.brand"
                      },
                      "price": {
                        "@path": "$.properties.price"
                      },
                      "quantity": {
                        "@path": "$.properties.quantity"
                      }
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "content_ids": {
        "@path": "$.properties.content_ids"
      },
      "content_type": {
        "@if": {
          "exists": {
            "@path": "$.properties.content_type"
          },
          "then": {
            "@path": "$.properties.content_type"
          },
          "else": {
            "@path": "$.properties.contentType"
          }
        }
      },
      "currency": {
        "@path": "$.properties.currency"
      },
      "value": {
        "@if": {
          "exists": {
            "@path": "$.properties.revenue"
          },
          "then": {
            "@path": "$.properties.revenue"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.total"
              },
              "then": {
                "@path": "$.properties.total"
              },
              "else": {
                "@path": "$.properties.value"
              }
            }
          }
        }
      },
      "num_items": {
        "@if": {
          "exists": {
            "@path": "$.properties.num_items"
          },
          "then": {
            "@path": "$.properties.num_items"
          },
          "else": {
            "@path": "$.properties.quantity"
          }
        }
      },
      "order_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.order_id"
          },
          "then": {
            "@path": "$.properties.order_id"
          },
          "else": {
            "@path": "$.properties.orderId"
          }
        }
      },
      "shop_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.shop_id"
          },
          "then": {
            "@path": "$.properties.shop_id"
          },
          "else": {
            "@path": "$.properties.shopId"
          }
        }
      },
      "description": {
        "@path": "$.properties.description"
      },
      "lead_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.lead_id"
          },
          "then": {
            "@path": "$.properties.lead_id"
          },
          "else": {
            "@path": "$.properties.leadId"
          }
        }
      },
      "lead_event_source": {
        "@if": {
          "exists": {
            "@path": "$.properties.lead_event_source"
          },
          "then": {
            "@path": "$.properties.lead_event_source"
          },
          "else": {
            "@path": "$.properties.leadEventSource"
          }
        }
      },
      "custom_properties": {
        "delivery_category": {
          "@path": "$.properties.delivery_category"
        },
        "predicted_ltv": {
          "@path": "$.properties.predicted_ltv"
        },
        "payment_method": {
          "@path": "$.properties.payment_method"
        }
      },
      "consent_preferences": {
        "@path": "$.context.consent.categoryPreferences"
      },
      "consent_management": {
        "@path": "$.context.consentManagement"
      },
      "gpc": {
        "@path": "$.context.gpc"
      },
      "limited_data_use": {
        "@path": "$.properties.limited_data_use"
      }
    },
    "type": "automatic"
  },
  {
    "name": "Add To Cart",
    "subscribe": "type = \"track\" and (event = \"Product Added\" or event = \"product added\" or event = \"Product added\" or event = \"PRODUCT ADDED\")",
    "partnerAction": "reportEvent",
    "mapping": {
      "event": "AddToCart",
      "event_source": {
        "@if": {
          "exists": {
            "@path": "$.properties.event_source"
          },
          "then": {
            "@path": "$.properties.event_source"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.eventSource"
              },
              "then": {
                "@path": "$.properties.eventSource"
              },
              "else": {
                "@path": "$.channel"
              }
            }
          }
        }
      },
      "event_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.event_id"
          },
          "then": {
            "@path": "$.properties.event_id"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.eventId"
              },
              "then": {
                "@path": "$.properties.eventId"
              },
              "else": {
                "@path": "$.messageId"
              }
            }
          }
        }
      },
      "timestamp": {
        "@if": {
          "exists": {
            "@path": "$.timestamp"
          },
          "then": {
            "@path": "$.timestamp"
          },
          "else": {
            "@path": "$.originalTimestamp"
          }
        }
      },
      "email": {
        "@if": {
          "exists": {
            "@path": "$.properties.email"
          },
          "then": {
            "@path": "$.properties.email"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.email"
              },
              "then": {
                "@path": "$.context.traits.email"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.context.user.email"
                  },
                  "then": {
                    "@path": "$.context.user.email"
                  },
                  "else": {
                    "@path": "$.properties.context.user.email"
                  }
                }
              }
            }
          }
        }
      },
      "phone": {
        "@if": {
          "exists": {
            "@path": "$.properties.phone"
          },
          "then": {
            "@path": "$.properties.phone"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.phone"
              },
              "then": {
                "@path": "$.context.traits.phone"
              },
              "else": {
                "@path": "$.properties.context.user.phone"
              }
            }
          }
        }
      },
      "typed_external_ids": {
        "@path": "$.context.externalId"
      },
      "user_id": {
        "@path": "$.userId"
      },
      "anonymous_id": {
        "@path": "$.anonymousId"
      },
      "first_name": {
        "@if": {
          "exists": {
            "@path": "$.properties.first_name"
          },
          "then": {
            "@path": "$.properties.first_name"
          },
          "else": {
            "@path": "$.context.traits.firstName"
          }
        }
      },
      "last_name": {
        "@if": {
          "exists": {
            "@path": "$.properties.last_name"
          },
          "then": {
            "@path": "$.properties.last_name"
          },
          "else": {
            "@path": "$.context.traits.lastName"
          }
        }
      },
      "user_traits": {
        "@path": "$.context.traits"
      },
      "zip_code": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.postal_code"
          },
          "then": {
            "@path": "$.properties.address.postal_code"
          },
          "else": {
            "@path": "$.context.traits.address.postalCode"
          }
        }
      },
      "city": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.city"
          },
          "then": {
            "@path": "$.properties.address.city"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.city"
              },
              "then": {
                "@path": "$.context.traits.address.city"
              },
              "else": {
                "@path": "$.properties.city"
              }
            }
          }
        }
      },
      "state": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.state"
          },
          "then": {
            "@path": "$.properties.address.state"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.state"
              },
              "then": {
                "@path": "$.context.traits.address.state"
              },
              "else": {
                "@path": "$.properties.state"
              }
            }
          }
        }
      },
      "country": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.country"
          },
          "then": {
            "@path": "$.properties.address.country"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.country"
              },
              "then": {
                "@path": "$.context.traits.address.country"
              },
              "else": {
                "@path": "$.properties.country"
              }
            }
          }
        }
      },
      "ttp": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttp"
          },
          "then": {
            "@path": "$.properties.ttp"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttp"
              },
              "then": {
                "@path": "$.context.ttp"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.integrations.TikTok Conversions.ttp"
                  },
                  "then": {
                    "@path": "$.integrations.TikTok Conversions.ttp"
                  },
                  "else": {
                    "@if": {
                      "exists": {
                        "@path": "$.integrations.TikTok.ttp"
                      },
                      "then": {
                        "@path": "$.integrations.TikTok.ttp"
                      },
                      "else": {
                        "@path": "$.properties.context.user.ttp"
                      }
                    }
                  }
                }
              }
            }
          }
        }
      },
      "ttclid": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttclid"
          },
          "then": {
            "@path": "$.properties.ttclid"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttclid"
              },
              "then": {
                "@path": "$.context.ttclid"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.integrations.TikTok Conversions.ttclid"
                  },
                  "then": {
                    "@path": "$.integrations.TikTok Conversions.ttclid"
                  },
                  "else": {
                    "@path": "$.integrations.TikTok.ttclid"
                  }
                }
              }
            }
          }
        }
      },
      "ip": {
        "@if": {
          "exists": {
            "@path": "$.context.ip"
          },
          "then": {
            "@path": "$.context.ip"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.user.ip"
              },
              "then": {
                "@path": "$.properties.context.user.ip"
              },
              "else": {
                "@path": "$.request_ip"
              }
            }
          }
        }
      },
      "user_agent": {
        "@if": {
          "exists": {
            "@path": "$.context.userAgent"
          },
          "then": {
            "@path": "$.context.userAgent"
          },
          "else": {
            "@path": "$.properties.context.user.userAgent"
          }
        }
      },
      "locale": {
        "@if": {
          "exists": {
            "@path": "$.context.locale"
          },
          "then": {
            "@path": "$.context.locale"
          },
          "else": {
            "@path": "$.properties.context.user.locale"
          }
        }
      },
      "url": {
        "@if": {
          "exists": {
            "@path": "$.context.page.url"
          },
          "then": {
            "@path": "$.context.page.url"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.page.url"
              },
              "then": {
                "@path": "$.properties.context.page.url"
              },
              "else": {
                "@path": "$.properties.url"
              }
            }
          }
        }
      },
      "referrer": {
        "@if": {
          "exists": {
            "@path": "$.context.page.referrer"
          },
          "then": {
            "@path": "$.context.page.referrer"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.page.referrer"
              },
              "then": {
                "@path": "$.properties.context.page.referrer"
              },
              "else": {
                "@path": "$.properties.referrer"
              }
            }
          }
        }
      },
      "device": {
        "@path": "$.context.device"
      },
      "os": {
        "@path": "$.context.os"
      },
      "att_status": {
        "@if": {
          "exists": {
            "@path": "$.properties.att_status"
          },
          "then": {
            "@path": "$.properties.att_status"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.device.attStatus"
              },
              "then": {
                "@path": "$.context.device.attStatus"
              },
              "else": {
                "@path": "$.context.device.trackingStatus"
              }
            }
          }
        }
      },
      "ad": {
        "callback": {
          "@if": {
            "exists": {
              "@path": "$.properties.callback"
            },
            "then": {
              "@path": "$.properties.callback"
            },
            "else": {
              "@path": "$.properties.callBack"
            }
          }
        },
        "campaign_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.campaign_id"
            },
            "then": {
              "@path": "$.properties.campaign_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.campaignId"
                },
                "then": {
                  "@path": "$.properties.campaignId"
                },
                "else": {
                  "@if": {
                    "exists": {
                      "@path": "$.properties.campaign.id"
                    },
                    "then": {
                      "@path": "$.properties.campaign.id"
                    },
                    "else": {
                      "@if": {
                        "exists": {
                          "@path": "$.properties.campaign.name"
                        },
                        "then": {
                          "@path": "$.properties.campaign.name"
                        },
                        "else": {
                          "@path": "$.context.campaign.id"
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        },
        "ad_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.ad_id"
            },
            "then": {
              "@path": "$.properties.ad_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.adId"
                },
                "then": {
                  "@path": "$.properties.adId"
                },
                "else": {
                  "@path": "$.properties.campaign.ad_group"
                }
              }
            }
          }
        },
        "creative_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.creative_id"
            },
            "then": {
              "@path": "$.properties.creative_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.creativeId"
                },
                "then": {
                  "@path": "$.properties.creativeId"
                },
                "else": {
                  "@path": "$.properties.campaign.ad_creative"
                }
              }
            }
          }
        },
        "is_retargeting": {
          "@if": {
            "exists": {
              "@path": "$.properties.is_retargeting"
            },
            "then": {
              "@path": "$.properties.is_retargeting"
            },
            "else": {
              "@path": "$.properties.isRetargeting"
            }
          }
        },
        "attributed": {
          "@path": "$.properties.attributed"
        },
        "attribution_type": {
          "@if": {
            "exists": {
              "@path": "$.properties.attribution_type"
            },
            "then": {
              "@path": "$.properties.attribution_type"
            },
            "else": {
              "@path": "$.properties.attributionType"
            }
          }
        },
        "attribution_provider": {
          "@if": {
            "exists": {
              "@path": "$.properties.attribution_provider"
            },
            "then": {
              "@path": "$.properties.attribution_provider"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.attributionProvider"
                },
                "then": {
                  "@path": "$.properties.attributionProvider"
                },
                "else": {
                  "@if": {
                    "exists": {
                      "@path": "$.properties.provider"
                    },
                    "then": {
                      "@path": "$.properties.provider"
                    },
                    "else": {
                      "@path": "$.context.referrer.type"
                    }
                  }
                }
              }
            }
          }
        }
      },
      "app": {
        "@path": "$.context.app"
      },
      "contents": {
        "@if": {
          "exists": {
            "@path": "$.properties.contents"
          },
          "then": {
            "@arrayPath": [
              "$.properties.contents",
              {
                "content_id": {
                  "@path": "$.content_id"
                },
                "content_name": {
                  "@path": "$.content_name"
                },
                "content_category": {
                  "@path": "$.content_category"
                },
                "brand": {
                  "@path": "$.brand"
                },
                "price": {
                  "@path": "$.price"
                },
                "quantity": {
                  "@path": "$.quantity"
                }
              }
            ]
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.products"
              },
              "then": {
                "@arrayPath": [
                  "$.properties.products",
                  {
                    "content_id": {
                      "@if": {
                        "exists": {
                          "@path": "$.product_id"
                        },
                        "then": {
                          "@path": "$.product_id"
                        },
                        "else": {
                          "@if": {
                            "exists": {
                              "@path": "$.productId"
                            },
                            "then": {
                              "@path": "$.productId"
                            },
                            "else": {
                              "@if": {
                                "exists": {
                                  "@path": "$.sku"
                                },
                                "then": {
                                  "@path": "$.sku"
                                },
                                "else": {
                                  "@path": "$.id"
                                }
                              }
                            }
                          }
                        }
                      }
                    },
                    "content_name": {
                      "@path": "$.name"
                    },
                    "content_category": {
                      "@path": "$.category"
                    },
                    "brand": {
                      "@path": "$.brand"
                    },
                    "price": {
                      "@path": "$.price"
                    },
                    "quantity": {
                      "@path": "$.quantity"
                    }
                  }
                ]
              },
              "else": {
                "@if": {
                  "exists": {
                    "@if": {
                      "exists": {
                        "@path": "$.properties.product_id"
                      },
                      "then": {
                        "@path": "$.properties.product_id"
                      },
                      "else": {
                        "@if": {
                          "exists": {
                            "@path": "$.properties.productId"
                          },
                          "then": {
                            "@path": "$.properties.productId"
                          },
                          "else": {
                            "@path": "$.properties.sku"
                          }
                        }
                      }
                    }
                  },
                  "then": [
                    {
                      "content_id": {
                        "@if": {
                          "exists": {
                            "@path": "$.properties.product_id"
                          },
                          "then": {
                            "@path": "$.properties.product_id"
                          },
                          "else": {
                            "@if": {
                              "exists": {
                                "@path": "$.properties.productId"
                              },
                              "then": {
                                "@path": "$.properties.productId"
                              },
                              "else": {
                                "@path": "$.properties.sku"
                              }
                            }
                          }
                        }
                      },
                      "content_name": {
                        "@path": "$.properties.name"
                      },
                      "content_category": {
                        "@path": "$.properties.category"
                      },
                      "brand": {
                        "@path": "$.properties.brand"
                      },
                      "price": {
                        "@path": "$.properties.price"
                      },
                      "quantity": {
                        "@path": "$.properties.quantity"
                      }
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "content_ids": {
        "@path": "$.properties.content_ids"
      },
      "content_type": {
        "@if": {
          "exists": {
            "@path": "$.properties.content_type"
          },
          "then": {
            "@path": "$.properties.content_type"
          },
          "else": {
            "@path": "$.properties.contentType"
          }
        }
      },
      "currency": {
        "@if": {
          "exists": {
            "@path": "$.properties.currency"
          },
          "then": {
            "@path": "$.properties.currency"
          },
          "else": "USD"
        }
      },
      "value": {
        "@if": {
          "exists": {
            "@path": "$.properties.revenue"
          },
          "then": {
            "@path": "$.properties.revenue"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.total"
              },
              "then": {
                "@path": "$.properties.total"
              },
              "else": {
                "@path": "$.properties.value"
              }
            }
          }
        }
      },
      "num_items": {
        "@if": {
          "exists": {
            "@path": "$.properties.num_items"
          },
          "then": {
            "@path": "$.properties.num_items"
          },
          "else": {
            "@path": "$.properties.quantity"
          }
        }
      },
      "order_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.order_id"
          },
          "then": {
            "@path": "$.properties.order_id"
          },
          "else": {
            "@path": "$.properties.orderId"
          }
        }
      },
      "shop_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.shop_id"
          },
          "then": {
            "@path": "$.properties.shop_id"
          },
          "else": {
            "@path": "$.properties.shopId"
          }
        }
      },
      "description": {
        "@path": "$.properties.description"
      },
      "lead_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.lead_id"
          },
          "then": {
            "@path": "$.properties.lead_id"
          },
          "else": {
            "@path": "$.properties.leadId"
          }
        }
      },
      "lead_event_source": {
        "@if": {
          "exists": {
            "@path": "$.properties.lead_event_source"
          },
          "then": {
            "@path": "$.properties.lead_event_source"
          },
          "else": {
            "@path": "$.properties.leadEventSource"
          }
        }
      },
      "custom_properties": {
        "delivery_category": {
          "@path": "$.properties.delivery_category"
        },
        "predicted_ltv": {
          "@path": "$.properties.predicted_ltv"
        }
      },
      "consent_preferences": {
        "@path": "$.context.consent.categoryPreferences"
      },
      "consent_management": {
        "@path": "$.context.consentManagement"
      },
      "gpc": {
        "@path": "$.context.gpc"
      },
      "limited_data_use": {
        "@path": "$.properties.limited_data_use"
      }
    },
    "type": "automatic"
  },
  {
    "name": "Add To Wishlist",
    "subscribe": "type = \"track\" and (event = \"Product Added to Wishlist\" or event = \"product added to wishlist\" or event = \"Product Added To Wishlist\" or event = \"Product added to wishlist\" or event = \"PRODUCT ADDED TO WISHLIST\")",
    "partnerAction": "reportEvent",
    "mapping": {
      "event": "AddToWishlist",
      "event_source": {
        "@if": {
          "exists": {
            "@path": "$.properties.event_source"
          },
          "then": {
            "@path": "$.properties.event_source"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.eventSource"
              },
              "then": {
                "@path": "$.properties.eventSource"
              },
              "else": {
                "@path": "$.channel"
              }
            }
          }
        }
      },
      "event_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.event_id"
          },
          "then": {
            "@path": "$.properties.event_id"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.eventId"
              },
              "then": {
                "@path": "$.properties.eventId"
              },
              "else": {
                "@path": "$.messageId"
              }
            }
          }
        }
      },
      "timestamp": {
        "@if": {
          "exists": {
            "@path": "$.timestamp"
          },
          "then": {
            "@path": "$.timestamp"
          },
          "else": {
            "@path": "$.originalTimestamp"
          }
        }
      },
      "email": {
        "@if": {
          "exists": {
            "@path": "$.properties.email"
          },
          "then": {
            "@path": "$.properties.email"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.email"
              },
              "then": {
                "@path": "$.context.traits.email"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.context.user.email"
                  },
                  "then": {
                    "@path": "$.context.user.email"
                  },
                  "else": {
                    "@path": "$.properties.context.user.email"
                  }
                }
              }
            }
          }
        }
      },
      "phone": {
        "@if": {
          "exists": {
            "@path": "$.properties.phone"
          },
          "then": {
            "@path": "$.properties.phone"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.phone"
              },
              "then": {
                "@path": "$.context.traits.phone"
              },
              "else": {
                "@path": "$.properties.context.user.phone"
              }
            }
          }
        }
      },
      "typed_external_ids": {
        "@path": "$.context.externalId"
      },
      "user_id": {
        "@path": "$.userId"
      },
      "anonymous_id": {
        "@path": "$.anonymousId"
      },
      "first_name": {
        "@if": {
          "exists": {
            "@path": "$.properties.first_name"
          },
          "then": {
            "@path": "$.properties.first_name"
          },
          "else": {
            "@path": "$.context.traits.firstName"
          }
        }
      },
      "last_name": {
        "@if": {
          "exists": {
            "@path": "$.properties.last_name"
          },
          "then": {
            "@path": "$.properties.last_name"
          },
          "else": {
            "@path": "$.context.traits.lastName"
          }
        }
      },
      "user_traits": {
        "@path": "$.context.traits"
      },
      "zip_code": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.postal_code"
          },
          "then": {
            "@path": "$.properties.address.postal_code"
          },
          "else": {
            "@path": "$.context.traits.address.postalCode"
          }
        }
      },
      "city": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.city"
          },
          "then": {
            "@path": "$.properties.address.city"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.city"
              },
              "then": {
                "@path": "$.context.traits.address.city"
              },
              "else": {
                "@path": "$.properties.city"
              }
            }
          }
        }
      },
      "state": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.state"
          },
          "then": {
            "@path": "$.properties.address.state"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.state"
              },
              "then": {
                "@path": "$.context.traits.address.state"
              },
              "else": {
                "@path": "$.properties.state"
              }
            }
          }
        }
      },
      "country": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.country"
          },
          "then": {
            "@path": "$.properties.address.country"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.country"
              },
              "then": {
                "@path": "$.context.traits.address.country"
              },
              "else": {
                "@path": "$.properties.country"
              }
            }
          }
        }
      },
      "ttp": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttp"
          },
          "then": {
            "@path": "$.properties.ttp"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttp"
              },
              "then": {
                "@path": "$.context.ttp"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.integrations.TikTok Conversions.ttp"
                  },
                  "then": {
                    "@path": "$.integrations.TikTok Conversions.ttp"
                  },
                  "else": {
                    "@if": {
                      "exists": {
                        "@path": "$.integrations.TikTok.ttp"
                      },
                      "then": {
                        "@path": "$.integrations.TikTok.ttp"
                      },
                      "else": {
                        "@path": "$.properties.context.user.ttp"
                      }
                    }
                  }
                }
              }
            }
          }
        }
      },
      "ttclid": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttclid"
          },
          "then": {
            "@path": "$.properties.ttclid"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttclid"
              },
              "then": {
                "@path": "$.context.ttclid"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.integrations.TikTok Conversions.ttclid"
                  },
                  "then": {
                    "@path": "$.integrations.TikTok Conversions.ttclid"
                  },
                  "else": {
                    "@path": "$.integrations.TikTok.ttclid"
                  }
                }
              }
            }
          }
        }
      },
      "ip": {
        "@if": {
          "exists": {
            "@path": "$.context.ip"
          },
          "then": {
            "@path": "$.context.ip"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.user.ip"
              },
              "then": {
                "@path": "$.properties.context.user.ip"
              },
              "else": {
                "@path": "$.request_ip"
              }
            }
          }
        }
      },
      "user_agent": {
        "@if": {
          "exists": {
            "@path": "$.context.userAgent"
          },
          "then": {
            "@path": "$.context.userAgent"
          },
          "else": {
            "@path": "$.properties.context.user.userAgent"
          }
        }
      },
      "locale": {
        "@if": {
          "exists": {
            "@path": "$.context.locale"
          },
          "then": {
            "@path": "$.context.locale"
          },
          "else": {
            "@path": "$.properties.context.user.locale"
          }
        }
      },
      "url": {
        "@if": {
          "exists": {
            "@path": "$.context.page.url"
          },
          "then": {
            "@path": "$.context.page.url"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.page.url"
              },
              "then": {
                "@path": "$.properties.context.page.url"
              },
              "else": {
                "@path": "$.properties.url"
              }
            }
          }
        }
      },
      "referrer": {
        "@if": {
          "exists": {
            "@path": "$.context.page.referrer"
          },
          "then": {
            "@path": "$.context.page.referrer"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.page.referrer"
              },
              "then": {
                "@path": "$.properties.context.page.referrer"
              },
              "else": {
                "@path": "$.properties.referrer"
              }
            }
          }
        }
      },
      "device": {
        "@path": "$.context.device"
      },
      "os": {
        "@path": "$.context.os"
      },
      "att_status": {
        "@if": {
          "exists": {
            "@path": "$.properties.att_status"
          },
          "then": {
            "@path": "$.properties.att_status"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.device.attStatus"
              },
              "then": {
                "@path": "$.context.device.attStatus"
              },
              "else": {
                "@path": "$.context.device.trackingStatus"
              }
            }
          }
        }
      },
      "ad": {
        "callback": {
          "@if": {
            "exists": {
              "@path": "$.properties.callback"
            },
            "then": {
              "@path": "$.properties.callback"
            },
            "else": {
              "@path": "$.properties.callBack"
            }
          }
        },
        "campaign_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.campaign_id"
            },
            "then": {
              "@path": "$.properties.campaign_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.campaignId"
                },
                "then": {
                  "@path": "$.properties.campaignId"
                },
                "else": {
                  "@if": {
                    "exists": {
                      "@path": "$.properties.campaign.id"
                    },
                    "then": {
                      "@path": "$.properties.campaign.id"
                    },
                    "else": {
                      "@if": {
                        "exists": {
                          "@path": "$.properties.campaign.name"
                        },
                        "then": {
                          "@path": "$.properties.campaign.name"
                        },
                        "else": {
                          "@path": "$.context.campaign.id"
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        },
        "ad_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.ad_id"
            },
            "then": {
              "@path": "$.properties.ad_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.adId"
                },
                "then": {
                  "@path": "$.properties.adId"
                },
                "else": {
                  "@path": "$.properties.campaign.ad_group"
                }
              }
            }
          }
        },
        "creative_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.creative_id"
            },
            "then": {
              "@path": "$.properties.creative_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.creativeId"
                },
                "then": {
                  "@path": "$.properties.creativeId"
                },
                "else": {
                  "@path": "$.properties.campaign.ad_creative"
                }
              }
            }
          }
        },
        "is_retargeting": {
          "@if": {
            "exists": {
              "@path": "$.properties.is_retargeting"
            },
            "then": {
              "@path": "$.properties.is_retargeting"
            },
            "else": {
              "@path": "$.properties.isRetargeting"
            }
          }
        },
        "attributed": {
          "@path": "$.properties.attributed"
        },
        "attribution_type": {
          "@if": {
            "exists": {
              "@path": "$.properties.attribution_type"
            },
            "then": {
              "@path": "$.properties.attribution_type"
            },
            "else": {
              "@path": "$.properties.attributionType"
            }
          }
        },
        "attribution_provider": {
          "@if": {
            "exists": {
              "@path": "$.properties.attribution_provider"
            },
            "then": {
              "@path": "$.properties.attribution_provider"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.attributionProvider"
                },
                "then": {
                  "@path": "$.properties.attributionProvider"
                },
                "else": {
                  "@if": {
                    "exists": {
                      "@path": "$.properties.provider"
                    },
                    "then": {
                      "@path": "$.properties.provider"
                    },
                    "else": {
                      "@path": "$.context.referrer.type"
                    }
                  }
                }
              }
            }
          }
        }
      },
      "app": {
        "@path": "$.context.app"
      },
      "contents": {
        "@if": {
          "exists": {
            "@path": "$.properties.contents"
          },
          "then": {
            "@arrayPath": [
              "$.properties.contents",
              {
                "content_id": {
                  "@path": "$.content_id"
                },
                "content_name": {
                  "@path": "$.content_name"
                },
                "content_category": {
                  "@path": "$.content_category"
                },
                "brand": {
                  "@path": "$.brand"
                },
                "price": {
                  "@path": "$.price"
                },
                "quantity": {
                  "@path": "$.quantity"
                }
              }
            ]
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.products"
              },
              "then": {
                "@arrayPath": [
                  "$.properties.products",
                  {
                    "content_id": {
                      "@if": {
                        "exists": {
                          "@path": "$.product_id"
                        },
                        "then": {
                          "@path": "$.product_id"
                        },
                        "else": {
                          "@if": {
                            "exists": {
                              "@path": "$.productId"
                            },
                            "then": {
                              "@path": "$.productId"
                            },
                            "else": {
                              "@if": {
                                "exists": {
                                  "@path": "$.sku"
                                },
                                "then": {
                                  "@path": "$.sku"
                                },
                                "else": {
                                  "@path": "$.id"
                                }
                              }
                            }
                          }
                        }
                      }
                    },
                    "content_name": {
                      "@path": "$.name"
                    },
                    "content_category": {
                      "@path": "$.category"
                    },
                    "brand": {
                      "@path": "$.brand"
                    },
                    "price": {
                      "@path": "$.price"
                    },
                    "quantity": {
                      "@path": "$.quantity"
                    }
                  }
                ]
              },
              "else": {
                "@if": {
                  "exists": {
                    "@if": {
                      "exists": {
                        "@path": "$.properties.product_id"
                      },
                      "then": {
                        "@path": "$.properties.product_id"
                      },
                      "else": {
                        "@if": {
                          "exists": {
                            "@path": "$.properties.productId"
                          },
                          "then": {
                            "@path": "$.properties.productId"
                          },
                          "else": {
                            "@path": "$.properties.sku"
                          }
                        }
                      }
                    }
                  },
                  "then": [
                    {
                      "content_id": {
                        "@if": {
                          "exists": {
                            "@path": "$.properties.product_id"
                          },
                          "then": {
                            "@path": "$.properties.product_id"
                          },
                          "else": {
                            "@if": {
                              "exists": {
                                "@path": "$.properties.productId"
                              },
                              "then": {
                                "@path": "$.properties.productId"
                              },
                              "else": {
                                "@path": "$.properties.sku"
                              }
                            }
                          }
                        }
                      },
                      "content_name": {
                        "@path": "$.properties.name"
                      },
                      "content_category": {
                        "@path": "$.properties.category"
                      },
                      "brand": {
                        "@path": "$.properties.brand"
                      },
                      "price": {
                        "@path": "$.properties.price"
                      },
                      "quantity": {
                        "@path": "$.properties.quantity"
                      }
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "content_ids": {
        "@path": "$.properties.content_ids"
      },
      "content_type": {
        "@if": {
          "exists": {
            "@path": "$.properties.content_type"
          },
          "then": {
            "@path": "$.properties.content_type"
          },
          "else": {
            "@path": "$.properties.contentType"
          }
        }
      },
      "currency": {
        "@if": {
          "exists": {
            "@path": "$.properties.currency"
          },
          "then": {
            "@path": "$.properties.currency"
          },
          "else": "USD"
        }
      },
      "value": {
        "@if": {
          "exists": {
            "@path": "$.properties.revenue"
          },
          "then": {
            "@path": "$.properties.revenue"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.total"
              },
              "then": {
                "@path": "$.properties.total"
              },
              "else": {
                "@path": "$.properties.value"
              }
            }
          }
        }
      },
      "num_items": {
        "@if": {
          "exists": {
            "@path": "$.properties.num_items"
          },
          "then": {
            "@path": "$.properties.num_items"
          },
          "else": {
            "@path": "$.properties.quantity"
          }
        }
      },
      "order_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.order_id"
          },
          "then": {
            "@path": "$.properties.order_id"
          },
          "else": {
            "@path": "$.properties.orderId"
          }
        }
      },
      "shop_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.shop_id"
          },
          "then": {
            "@path": "$.properties.shop_id"
          },
          "else": {
            "@path": "$.properties.shopId"
          }
        }
      },
      "description": {
        "@path": "$.properties.description"
      },
      "lead_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.lead_id"
          },
          "then": {
            "@path": "$.properties.lead_id"
          },
          "else": {
            "@path": "$.properties.leadId"
          }
        }
      },
      "lead_event_source": {
        "@if": {
          "exists": {
            "@path": "$.properties.lead_event_source"
          },
          "then": {
            "@path": "$.properties.lead_event_source"
          },
          "else": {
            "@path": "$.properties.leadEventSource"
          }
        }
      },
      "custom_properties": {
        "delivery_category": {
          "@path": "$.properties.delivery_category"
        },
        "predicted_ltv": {
          "@path": "$.properties.predicted_ltv"
        }
      },
      "consent_preferences": {
        "@path": "$.context.consent.categoryPreferences"
      },
      "consent_management": {
        "@path": "$.context.consentManagement"
      },
      "gpc": {
        "@path": "$.context.gpc"
      },
      "limited_data_use": {
        "@path": "$.properties.limited_data_use"
      }
    },
    "type": "automatic"
  },
  {
    "name": "Application Approval",
    "subscribe": "type = \"track\" and (event = \"Application Approved\" or event = \"application approved\" or event = \"Application approved\" or event = \"APPLICATION APPROVED\" or event = \"Application Approval\" or event = \"application approval\" or event = \"Application approval\" or event = \"APPLICATION APPROVAL\")",
    "partnerAction": "reportEvent",
    "mapping": {
      "event": "ApplicationApproval",
      "event_source": {
        "@if": {
          "exists": {
            "@path": "$.properties.event_source"
          },
          "then": {
            "@path": "$.properties.event_source"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.eventSource"
              },
              "then": {
                "@path": "$.properties.eventSource"
              },
              "else": {
                "@path": "$.channel"
              }
            }
          }
        }
      },
      "event_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.event_id"
          },
          "then": {
            "@path": "$.properties.event_id"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.eventId"
              },
              "then": {
                "@path": "$.properties.eventId"
              },
              "else": {
                "@path": "$.messageId"
              }
            }
          }
        }
      },
      "timestamp": {
        "@if": {
          "exists": {
            "@path": "$.timestamp"
          },
          "then": {
            "@path": "$.timestamp"
          },
          "else": {
            "@path": "$.originalTimestamp"
          }
        }
      },
      "email": {
        "@if": {
          "exists": {
            "@path": "$.properties.email"
          },
          "then": {
            "@path": "$.properties.email"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.email"
              },
              "then": {
                "@path": "$.context.traits.email"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.context.user.email"
                  },
                  "then": {
                    "@path": "$.context.user.email"
                  },
                  "else": {
                    "@path": "$.properties.context.user.email"
                  }
                }
              }
            }
          }
        }
      },
      "phone": {
        "@if": {
          "exists": {
            "@path": "$.properties.phone"
          },
          "then": {
            "@path": "$.properties.phone"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.phone"
              },
              "then": {
                "@path": "$.context.traits.phone"
              },
              "else": {
                "@path": "$.properties.context.user.phone"
              }
            }
          }
        }
      },
      "typed_external_ids": {
        "@path": "$.context.externalId"
      },
      "user_id": {
        "@path": "$.userId"
      },
      "anonymous_id": {
        "@path": "$.anonymousId"
      },
      "first_name": {
        "@if": {
          "exists": {
            "@path": "$.properties.first_name"
          },
          "then": {
            "@path": "$.properties.first_name"
          },
          "else": {
            "@path": "$.context.traits.firstName"
          }
        }
      },
      "last_name": {
        "@if": {
          "exists": {
            "@path": "$.properties.last_name"
          },
          "then": {
            "@path": "$.properties.last_name"
          },
          "else": {
            "@path": "$.context.traits.lastName"
          }
        }
      },
      "user_traits": {
        "@path": "$.context.traits"
      },
      "zip_code": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.postal_code"
          },
          "then": {
            "@path": "$.properties.address.postal_code"
          },
          "else": {
            "@path": "$.context.traits.address.postalCode"
          }
        }
      },
      "city": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.city"
          },
          "then": {
            "@path": "$.properties.address.city"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.city"
              },
              "then": {
                "@path": "$.context.traits.address.city"
              },
              "else": {
                "@path": "$.properties.city"
              }
            }
          }
        }
      },
      "state": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.state"
          },
          "then": {
            "@path": "$.properties.address.state"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.state"
              },
              "then": {
                "@path": "$.context.traits.address.state"
              },
              "else": {
                "@path": "$.properties.state"
              }
            }
          }
        }
      },
      "country": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.country"
          },
          "then": {
            "@path": "$.properties.address.country"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.country"
              },
              "then": {
                "@path": "$.context.traits.address.country"
              },
              "else": {
                "@path": "$.properties.country"
              }
            }
          }
        }
      },
      "ttp": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttp"
          },
          "then": {
            "@path": "$.properties.ttp"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttp"
              },
              "then": {
                "@path": "$.context.ttp"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.integrations.TikTok Conversions.ttp"
                  },
                  "then": {
                    "@path": "$.integrations.TikTok Conversions.ttp"
                  },
                  "else": {
                    "@if": {
                      "exists": {
                        "@path": "$.integrations.TikTok.ttp"
                      },
                      "then": {
                        "@path": "$.integrations.TikTok.ttp"
                      },
                      "else": {
                        "@path": "$.properties.context.user.ttp"
                      }
                    }
                  }
                }
              }
            }
          }
        }
      },
      "ttclid": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttclid"
          },
          "then": {
            "@path": "$.properties.ttclid"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttclid"
              },
              "then": {
                "@path": "$.context.ttclid"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.integrations.TikTok Conversions.ttclid"
                  },
                  "then": {
                    "@path": "$.integrations.TikTok Conversions.ttclid"
                  },
                  "else": {
                    "@path": "$.integrations.TikTok.ttclid"
                  }
                }
              }
            }
          }
        }
      },
      "ip": {
        "@if": {
          "exists": {
            "@path": "$.context.ip"
          },
          "then": {
            "@path": "$.context.ip"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.user.ip"
              },
              "then": {
                "@path": "$.properties.context.user.ip"
              },
              "else": {
                "@path": "$.request_ip"
              }
            }
          }
        }
      },
      "user_agent": {
        "@if": {
          "exists": {
            "@path": "$.context.userAgent"
          },
          "then": {
            "@path": "$.context.userAgent"
          },
          "else": {
            "@path": "$.properties.context.user.userAgent"
          }
        }
      },
      "locale": {
        "@if": {
          "exists": {
            "@path": "$.context.locale"
          },
          "then": {
            "@path": "$.context.locale"
          },
          "else": {
            "@path": "$.properties.context.user.locale"
          }
        }
      },
      "url": {
        "@if": {
          "exists": {
            "@path": "$.context.page.url"
          },
          "then": {
            "@path": "$.context.page.url"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.page.url"
              },
              "then": {
                "@path": "$.properties.context.page.url"
              },
              "else": {
                "@path": "$.properties.url"
              }
            }
          }
        }
      },
      "referrer": {
        "@if": {
          "exists": {
            "@path": "$.context.page.referrer"
          },
          "then": {
            "@path": "$.context.page.referrer"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.page.referrer"
              },
              "then": {
                "@path": "$.properties.context.page.referrer"
              },
              "else": {
                "@path": "$.properties.referrer"
              }
            }
          }
        }
      },
      "device": {
        "@path": "$.context.device"
      },
      "os": {
        "@path": "$.context.os"
      },
      "att_status": {
        "@if": {
          "exists": {
            "@path": "$.properties.att_status"
          },
          "then": {
            "@path": "$.properties.att_status"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.device.attStatus"
              },
              "then": {
                "@path": "$.context.device.attStatus"
              },
              "else": {
                "@path": "$.context.device.trackingStatus"
              }
            }
          }
        }
      },
      "ad": {
        "callback": {
          "@if": {
            "exists": {
              "@path": "$.properties.callback"
            },
            "then": {
              "@path": "$.properties.callback"
            },
            "else": {
              "@path": "$.properties.callBack"
            }
          }
        },
        "campaign_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.campaign_id"
            },
            "then": {
              "@path": "$.properties.campaign_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.campaignId"
                },
                "then": {
                  "@path": "$.properties.campaignId"
                },
                "else": {
                  "@if": {
                    "exists": {
                      "@path": "$.properties.campaign.id"
                    },
                    "then": {
                      "@path": "$.properties.campaign.id"
                    },
                    "else": {
                      "@if": {
                        "exists": {
                          "@path": "$.properties.campaign.name"
                        },
                        "then": {
                          "@path": "$.properties.campaign.name"
                        },
                        "else": {
                          "@path": "$.context.campaign.id"
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        },
        "ad_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.ad_id"
            },
            "then": {
              "@path": "$.properties.ad_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.adId"
                },
                "then": {
                  "@path": "$.properties.adId"
                },
                "else": {
                  "@path": "$.properties.campaign.ad_group"
                }
              }
            }
          }
        },
        "creative_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.creative_id"
            },
            "then": {
              "@path": "$.properties.creative_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.creativeId"
                },
                "then": {
                  "@path": "$.properties.creativeId"
                },
                "else": {
                  "@path": "$.properties.campaign.ad_creative"
                }
              }
            }
          }
        },
        "is_retargeting": {
          "@if": {
            "exists": {
              "@path": "$.properties.is_retargeting"
            },
            "then": {
              "@path": "$.properties.is_retargeting"
            },
            "else": {
              "@path": "$.properties.isRetargeting"
            }
          }
        },
        "attributed": {
          "@path": "$.properties.attributed"
        },
        "attribution_type": {
          "@if": {
            "exists": {
              "@path": "$.properties.attribution_type"
            },
            "then": {
              "@path": "$.properties.attribution_type"
            },
            "else": {
              "@path": "$.properties.attributionType"
            }
          }
        },
        "attribution_provider": {
          "@if": {
            "exists": {
              "@path": "$.properties.attribution_provider"
            },
            "then": {
              "@path": "$.properties.attribution_provider"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.attributionProvider"
                },
                "then": {
                  "@path": "$.properties.attributionProvider"
                },
                "else": {
                  "@if": {
                    "exists": {
                      "@path": "$.properties.provider"
                    },
                    "then": {
                      "@path": "$.properties.provider"
                    },
                    "else": {
                      "@path": "$.context.referrer.type"
                    }
                  }
                }
              }
            }
          }
        }
      },
      "app": {
        "@path": "$.context.app"
      },
      "contents": {
        "@if": {
          "exists": {
            "@path": "$.properties.contents"
          },
          "then": {
            "@arrayPath": [
              "$.properties.contents",
              {
                "content_id": {
                  "@path": "$.content_id"
                },
                "content_name": {
                  "@path": "$.content_name"
                },
                "content_category": {
                  "@path": "$.content_category"
                },
                "brand": {
                  "@path": "$.brand"
                },
                "price": {
                  "@path": "$.price"
                },
                "quantity": {
                  "@path": "$.quantity"
                }
              }
            ]
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.products"
              },
              "then": {
                "@arrayPath": [
                  "$.properties.products",
                  {
                    "content_id": {
                      "@if": {
                        "exists": {
                          "@path": "$.product_id"
                        },
                        "then": {
                          "@path": "$.product_id"
                        },
                        "else": {
                          "@if": {
                            "exists": {
                              "@path": "$.productId"
                            },
                            "then": {
                              "@path": "$.productId"
                            },
                            "else": {
                              "@if": {
                                "exists": {
                                  "@path": "$.sku"
                                },
                                "then": {
                                  "@path": "$.sku"
                                },
                                "else": {
                                  "@path": "$.id"
                                }
                              }
                            }
                          }
                        }
                      }
                    },
                    "content_name": {
                      "@path": "$.name"
                    },
                    "content_category": {
                      "@path": "$.category"
                    },
                    "brand": {
                      "@path": "$.brand"
                    },
                    "price": {
                      "@path": "$.price"
                    },
                    "quantity": {
                      "@path": "$.quantity"
                    }
                  }
                ]
              },
              "else": {
                "@if": {
                  "exists": {
                    "@if": {
                      "exists": {
                        "@path": "$.properties.product_id"
                      },
                      "then": {
                        "@path": "$.properties.product_id"
                      },
                      "else": {
                        "@if": {
                          "exists": {
                            "@path": "$.properties.productId"
                          },
                          "then": {
                            "@path": "$.properties.productId"
                          },
                          "else": {
                            "@path": "$.properties.sku"
                          }
                        }
                      }
                    }
                  },
                  "then": [
                    {
                      "content_id": {
                        "@if": {
                          "exists": {
                            "@path": "$.properties.product_id"
                          },
                          "then": {
                            "@path": "$.properties.product_id"
                          },
                          "else": {
                            "@if": {
                              "exists": {
                                "@path": "$.properties.productId"
                              },
                              "then": {
                                "@path": "$.properties.productId"
                              },
                              "else": {
                                "@path": "$.properties.sku"
                              }
                            }
                          }
                        }
                      },
                      "content_name": {
                        "@path": "$.properties.name"
                      },
                      "content_category": {
                        "@path": "$.properties.category"
                      },
                      "brand": {
                        "@path": "$.properties.brand"
                      },
                      "price": {
                        "@path": "$.properties.price"
                      },
                      "quantity": {
                        "@path": "$.properties.quantity"
                      }
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "content_ids": {
        "@path": "$.properties.content_ids"
      },
      "content_type": {
        "@if": {
          "exists": {
            "@path": "$.properties.content_type"
          },
          "then": {
            "@path": "$.properties.content_type"
          },
          "else": {
            "@path": "$.properties.contentType"
          }
        }
      },
      "currency": {
        "@path": "$.properties.currency"
      },
      "value": {
        "@if": {
          "exists": {
            "@path": "$.properties.revenue"
          },
          "then": {
            "@path": "$.properties.revenue"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.total"
              },
              "then": {
                "@path": "$.properties.total"
              },
              "else": {
                "@path": "$.properties.value"
              }
            }
          }
        }
      },
      "num_items": {
        "@if": {
          "exists": {
            "@path": "$.properties.num_items"
          },
          "then": {
            "@path": "$.properties.num_items"
          },
          "else": {
            "@path": "$.properties.quantity"
          }
        }
      },
      "order_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.order_id"
          },
          "then": {
            "@path": "$.properties.order_id"
          },
          "else": {
            "@path": "$.properties.orderId"
          }
        }
      },
      "shop_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.shop_id"
          },
          "then": {
            "@path": "$.properties.shop_id"
          },
          "else": {
            "@path": "$.properties.shopId"
          }
        }
      },
      "description": {
        "@path": "$.properties.description"
      },
      "lead_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.lead_id"
          },
          "then": {
            "@path": "$.properties.lead_id"
          },
          "else": {
            "@path": "$.properties.leadId"
          }
        }
      },
      "lead_event_source": {
        "@if": {
          "exists": {
            "@path": "$.properties.lead_event_source"
          },
          "then": {
            "@path": "$.properties.lead_event_source"
          },
          "else": {
            "@path": "$.properties.leadEventSource"
          }
        }
      },
      "custom_properties": {
        "delivery_category": {
          "@path": "$.properties.delivery_category"
        },
        "predicted_ltv": {
          "@path": "$.properties.predicted_ltv"
        }
      },
      "consent_preferences": {
        "@path": "$.context.consent.categoryPreferences"
      },
      "consent_management": {
        "@path": "$.context.consentManagement"
      },
      "gpc": {
        "@path": "$.context.gpc"
      },
      "limited_data_use": {
        "@path": "$.properties.limited_data_use"
      }
    },
    "type": "automatic"
  },
  {
    "name": "Checkout",
    "subscribe": "type = \"track\" and (event = \"Checkout Started\" or event = \"checkout started\" or event = \"Checkout started\" or event = \"CHECKOUT STARTED\") and (context.device.type = \"ios\" or context.device.type = \"iOS\" or context.device.type = \"IOS\" or context.device.type = \"android\" or context.device.type = \"Android\" or context.device.type = \"ANDROID\")",
    "partnerAction": "reportEvent",
    "mapping": {
      "event": "Checkout",
      "event_source": "app",
      "event_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.event_id"
          },
          "then": {
            "@path": "$.properties.event_id"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.eventId"
              },
              "then": {
                "@path": "$.properties.eventId"
              },
              "else": {
                "@path": "$.messageId"
              }
            }
          }
        }
      },
      "timestamp": {
        "@if": {
          "exists": {
            "@path": "$.timestamp"
          },
          "then": {
            "@path": "$.timestamp"
          },
          "else": {
            "@path": "$.originalTimestamp"
          }
        }
      },
      "email": {
        "@if": {
          "exists": {
            "@path": "$.properties.email"
          },
          "then": {
            "@path": "$.properties.email"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.email"
              },
              "then": {
                "@path": "$.context.traits.email"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.context.user.email"
                  },
                  "then": {
                    "@path": "$.context.user.email"
                  },
                  "else": {
                    "@path": "$.properties.context.user.email"
                  }
                }
              }
            }
          }
        }
      },
      "phone": {
        "@if": {
          "exists": {
            "@path": "$.properties.phone"
          },
          "then": {
            "@path": "$.properties.phone"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.phone"
              },
              "then": {
                "@path": "$.context.traits.phone"
              },
              "else": {
                "@path": "$.properties.context.user.phone"
              }
            }
          }
        }
      },
      "typed_external_ids": {
        "@path": "$.context.externalId"
      },
      "user_id": {
        "@path": "$.userId"
      },
      "anonymous_id": {
        "@path": "$.anonymousId"
      },
      "first_name": {
        "@if": {
          "exists": {
            "@path": "$.properties.first_name"
          },
          "then": {
            "@path": "$.properties.first_name"
          },
          "else": {
            "@path": "$.context.traits.firstName"
          }
        }
      },
      "last_name": {
        "@if": {
          "exists": {
            "@path": "$.properties.last_name"
          },
          "then": {
            "@path": "$.properties.last_name"
          },
          "else": {
            "@path": "$.context.traits.lastName"
          }
        }
      },
      "user_traits": {
        "@path": "$.context.traits"
      },
      "zip_code": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.postal_code"
          },
          "then": {
            "@path": "$.properties.address.postal_code"
          },
          "else": {
            "@path": "$.context.traits.address.postalCode"
          }
        }
      },
      "city": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.city"
          },
          "then": {
            "@path": "$.properties.address.city"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.city"
              },
              "then": {
                "@path": "$.context.traits.address.city"
              },
              "else": {
                "@path": "$.properties.city"
              }
            }
          }
        }
      },
      "state": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.state"
          },
          "then": {
            "@path": "$.properties.address.state"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.state"
              },
              "then": {
                "@path": "$.context.traits.address.state"
              },
              "else": {
                "@path": "$.properties.state"
              }
            }
          }
        }
      },
      "country": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.country"
          },
          "then": {
            "@path": "$.properties.address.country"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.country"
              },
              "then": {
                "@path": "$.context.traits.address.country"
              },
              "else": {
                "@path": "$.properties.country"
              }
            }
          }
        }
      },
      "ttp": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttp"
          },
          "then": {
            "@path": "$.properties.ttp"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttp"
              },
              "then": {
                "@path": "$.context.ttp"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.integrations.TikTok Conversions.ttp"
                  },
                  "then": {
                    "@path": "$.integrations.TikTok Conversions.ttp"
                  },
                  "else": {
                    "@if": {
                      "exists": {
                        "@path": "$.integrations.TikTok.ttp"
                      },
                      "then": {
                        "@path": "$.integrations.TikTok.ttp"
                      },
                      "else": {
                        "@path": "$.properties.context.user.ttp"
                      }
                    }
                  }
                }
              }
            }
          }
        }
      },
      "ttclid": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttclid"
          },
          "then": {
            "@path": "$.properties.ttclid"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttclid"
              },
              "then": {
                "@path": "$.context.ttclid"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.integrations.TikTok Conversions.ttclid"
                  },
                  "then": {
                    "@path": "$.integrations.TikTok Conversions.ttclid"
                  },
                  "else": {
                    "@path": "$.integrations.TikTok.ttclid"
                  }
                }
              }
            }
          }
        }
      },
      "ip": {
        "@if": {
          "exists": {
            "@path": "$.context.ip"
          },
          "then": {
            "@path": "$.context.ip"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.user.ip"
              },
              "then": {
                "@path": "$.properties.context.user.ip"
              },
              "else": {
                "@path": "$.request_ip"
              }
            }
          }
        }
      },
      "user_agent": {
        "@if": {
          "exists": {
            "@path": "$.context.userAgent"
          },
          "then": {
            "@path": "$.context.userAgent"
          },
          "else": {
            "@path": "$.properties.context.user.userAgent"
          }
        }
      },
      "locale": {
        "@if": {
          "exists": {
            "@path": "$.context.locale"
          },
          "then": {
            "@path": "$.context.locale"
          },
          "else": {
            "@path": "$.properties.context.user.locale"
          }
        }
      },
      "url": {
        "@if": {
          "exists": {
            "@path": "$.context.page.url"
          },
          "then": {
            "@path": "$.context.page.url"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.page.url"
              },
              "then": {
                "@path": "$.properties.context.page.url"
              },
              "else": {
                "@path": "$.properties.url"
              }
            }
          }
        }
      },
      "referrer": {
        "@if": {
          "exists": {
            "@path": "$.context.page.referrer"
          },
          "then": {
            "@path": "$.context.page.referrer"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.page.referrer"
              },
              "then": {
                "@path": "$.properties.context.page.referrer"
              },
              "else": {
                "@path": "$.properties.referrer"
              }
            }
          }
        }
      },
      "device": {
        "@path": "$.context.device"
      },
      "os": {
        "@path": "$.context.os"
      },
      "att_status": {
        "@if": {
          "exists": {
            "@path": "$.properties.att_status"
          },
          "then": {
            "@path": "$.properties.att_status"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.device.attStatus"
              },
              "then": {
                "@path": "$.context.device.attStatus"
              },
              "else": {
                "@path": "$.context.device.trackingStatus"
              }
            }
          }
        }
      },
      "ad": {
        "callback": {
          "@if": {
            "exists": {
              "@path": "$.properties.callback"
            },
            "then": {
              "@path": "$.properties.callback"
            },
            "else": {
              "@path": "$.properties.callBack"
            }
          }
        },
        "campaign_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.campaign_id"
            },
            "then": {
              "@path": "$.properties.campaign_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.campaignId"
                },
                "then": {
                  "@path": "$.properties.campaignId"
                },
                "else": {
                  "@if": {
                    "exists": {
                      "@path": "$.properties.campaign.id"
                    },
                    "then": {
                      "@path": "$.properties.campaign.id"
                    },
                    "else": {
                      "@if": {
                        "exists": {
                          "@path": "$.properties.campaign.name"
                        },
                        "then": {
                          "@path": "$.properties.campaign.name"
                        },
                        "else": {
                          "@path": "$.context.campaign.id"
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        },
        "ad_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.ad_id"
            },
            "then": {
              "@path": "$.properties.ad_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.adId"
                },
                "then": {
                  "@path": "$.properties.adId"
                },
                "else": {
                  "@path": "$.properties.campaign.ad_group"
                }
              }
            }
          }
        },
        "creative_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.creative_id"
            },
            "then": {
              "@path": "$.properties.creative_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.creativeId"
                },
                "then": {
                  "@path": "$.properties.creativeId"
                },
                "else": {
                  "@path": "$.properties.campaign.ad_creative"
                }
              }
            }
          }
        },
        "is_retargeting": {
          "@if": {
            "exists": {
              "@path": "$.properties.is_retargeting"
            },
            "then": {
              "@path": "$.properties.is_retargeting"
            },
            "else": {
              "@path": "$.properties.isRetargeting"
            }
          }
        },
        "attributed": {
          "@path": "$.properties.attributed"
        },
        "attribution_type": {
          "@if": {
            "exists": {
              "@path": "$.properties.attribution_type"
            },
            "then": {
              "@path": "$.properties.attribution_type"
            },
            "else": {
              "@path": "$.properties.attributionType"
            }
          }
        },
        "attribution_provider": {
          "@if": {
            "exists": {
              "@path": "$.properties.attribution_provider"
            },
            "then": {
              "@path": "$.properties.attribution_provider"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.attributionProvider"
                },
                "then": {
                  "@path": "$.properties.attributionProvider"
                },
                "else": {
                  "@if": {
                    "exists": {
                      "@path": "$.properties.provider"
                    },
                    "then": {
                      "@path": "$.properties.provider"
                    },
                    "else": {
                      "@path": "$.context.referrer.type"
                    }
                  }
                }
              }
            }
          }
        }
      },
      "app": {
        "@path": "$.context.app"
      },
      "contents": {
        "@if": {
          "exists": {
            "@path": "$.properties.contents"
          },
          "then": {
            "@arrayPath": [
              "$.properties.contents",
              {
                "content_id": {
                  "@path": "$.content_id"
                },
                "content_name": {
                  "@path": "$.content_name"
                },
                "content_category": {
                  "@path": "$.content_category"
                },
                "brand": {
                  "@path": "$.brand"
                },
                "price": {
                  "@path": "$.price"
                },
                "quantity": {
                  "@path": "$.quantity"
                }
              }
            ]
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.products"
              },
              "then": {
                "@arrayPath": [
                  "$.properties.products",
                  {
                    "content_id": {
                      "@if": {
                        "exists": {
                          "@path": "$.product_id"
                        },
                        "then": {
                          "@path": "$.product_id"
                        },
                        "else": {
                          "@if": {
                            "exists": {
                              "@path": "$.productId"
                            },
                            "then": {
                              "@path": "$.productId"
                            },
                            "else": {
                              "@if": {
                                "exists": {
                                  "@path": "$.sku"
                                },
                                "then": {
                                  "@path": "$.sku"
                                },
                                "else": {
                                  "@path": "$.id"
                                }
                              }
                            }
                          }
                        }
                      }
                    },
                    "content_name": {
                      "@path": "$.name"
                    },
                    "content_category": {
                      "@path": "$.category"
                    },
                    "brand": {
                      "@path": "$.brand"
                    },
                    "price": {
                      "@path": "$.price"
                    },
                    "quantity": {
                      "@path": "$.quantity"
                    }
                  }
                ]
              },
              "else": {
                "@if": {
                  "exists": {
                    "@if": {
                      "exists": {
                        "@path": "$.properties.product_id"
                      },
                      "then": {
                        "@path": "$.properties.product_id"
                      },
                      "else": {
                        "@if": {
                          "exists": {
                            "@path": "$.properties.productId"
                          },
                          "then": {
                            "@path": "$.properties.productId"
                          },
                          "else": {
                            "@path": "$.properties.sku"
                          }
                        }
                      }
                    }
                  },
                  "then": [
                    {
                      "content_id": {
                        "@if": {
                          "exists": {
                            "@path": "$.properties.product_id"
                          },
                          "then": {
                            "@path": "$.properties.product_id"
                          },
                          "else": {
                            "@if": {
                              "exists": {
                                "@path": "$.properties.productId"
                              },
                              "then": {
                                "@path": "$.properties.productId"
                              },
                              "else": {
                                "@path": "$.properties.sku"
                              }
                            }
                          }
                        }
                      },
                      "content_name": {
                        "@path": "$.properties.name"
                      },
                      "content_category": {
                        "@path": "$.properties.category"
                      },
                      "brand": {
                        "@path": "$.properties.brand"
                      },
                      "price": {
                        "@path": "$.properties.price"
                      },
                      "quantity": {
                        "@path": "$.properties.quantity"
                      }
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "content_ids": {
        "@path": "$.properties.content_ids"
      },
      "content_type": {
        "@if": {
          "exists": {
            "@path": "$.properties.content_type"
          },
          "then": {
            "@path": "$.properties.content_type"
          },
          "else": {
            "@path": "$.properties.contentType"
          }
        }
      },
      "currency": {
        "@if": {
          "exists": {
            "@path": "$.properties.currency"
          },
          "then": {
            "@path": "$.properties.currency"
          },
          "else": "USD"
        }
      },
      "value": {
        "@if": {
          "exists": {
            "@path": "$.properties.revenue"
          },
          "then": {
            "@path": "$.properties.revenue"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.total"
              },
              "then": {
                "@path": "$.properties.total"
              },
              "else": {
                "@path": "$.properties.value"
              }
            }
          }
        }
      },
      "num_items": {
        "@if": {
          "exists": {
            "@path": "$.properties.num_items"
          },
          "then": {
            "@path": "$.properties.num_items"
          },
          "else": {
            "@path": "$.properties.quantity"
          }
        }
      },
      "order_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.order_id"
          },
          "then": {
            "@path": "$.properties.order_id"
          },
          "else": {
            "@path": "$.properties.orderId"
          }
        }
      },
      "shop_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.shop_id"
          },
          "then": {
            "@path": "$.properties.shop_id"
          },
          "else": {
            "@path": "$.properties.shopId"
          }
        }
      },
      "search_string": {
        "@if": {
          "exists": {
            "@path": "$.properties.search_string"
          },
          "then": {
            "@path": "$.properties.search_string"
          },
          "else": {
            "@path": "$.properties.query"
          }
        }
      },
      "description": {
        "@path": "$.properties.description"
      },
      "lead_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.lead_id"
          },
          "then": {
            "@path": "$.properties.lead_id"
          },
          "else": {
            "@path": "$.properties.leadId"
          }
        }
      },
      "lead_event_source": {
        "@if": {
          "exists": {
            "@path": "$.properties.lead_event_source"
          },
          "then": {
            "@path": "$.properties.lead_event_source"
          },
          "else": {
            "@path": "$.properties.leadEventSource"
          }
        }
      },
      "custom_properties": {
        "delivery_category": {
          "@path": "$.properties.delivery_category"
        },
        "predicted_ltv": {
          "@path": "$.properties.predicted_ltv"
        }
      },
      "consent_preferences": {
        "@path": "$.context.consent.categoryPreferences"
      },
      "consent_management": {
        "@path": "$.context.consentManagement"
      },
      "gpc": {
        "@path": "$.context.gpc"
      },
      "limited_data_use": {
        "@path": "$.properties.limited_data_use"
      }
    },
    "type": "automatic"
  },
  {
    "name": "Click Button",
    "subscribe": "type = \"track\" and (event = \"Button Clicked\" or event = \"button clicked\" or event = \"Button clicked\" or event = \"BUTTON CLICKED\" or event = \"CTA Clicked\" or event = \"cta clicked\" or event = \"Cta Clicked\" or event = \"Cta clicked\" or event = \"CTA CLICKED\" or event = \"Product Clicked\" or event = \"product clicked\" or event = \"Product clicked\" or event = \"PRODUCT CLICKED\")",
    "partnerAction": "reportEvent",
    "mapping": {
      "event": "ClickButton",
      "event_source": {
        "@if": {
          "exists": {
            "@path": "$.properties.event_source"
          },
          "then": {
            "@path": "$.properties.event_source"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.eventSource"
              },
              "then": {
                "@path": "$.properties.eventSource"
              },
              "else": {
                "@path": "$.channel"
              }
            }
          }
        }
      },
      "event_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.event_id"
          },
          "then": {
            "@path": "$.properties.event_id"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.eventId"
              },
              "then": {
                "@path": "$.properties.eventId"
              },
              "else": {
                "@path": "$.messageId"
              }
            }
          }
        }
      },
      "timestamp": {
        "@if": {
          "exists": {
            "@path": "$.timestamp"
          },
          "then": {
            "@path": "$.timestamp"
          },
          "else": {
            "@path": "$.originalTimestamp"
          }
        }
      },
      "email": {
        "@if": {
          "exists": {
            "@path": "$.properties.email"
          },
          "then": {
            "@path": "$.properties.email"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.email"
              },
              "then": {
                "@path": "$.context.traits.email"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.context.user.email"
                  },
                  "then": {
                    "@path": "$.context.user.email"
                  },
                  "else": {
                    "@path": "$.properties.context.user.email"
                  }
                }
              }
            }
          }
        }
      },
      "phone": {
        "@if": {
          "exists": {
            "@path": "$.properties.phone"
          },
          "then": {
            "@path": "$.properties.phone"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.phone"
              },
              "then": {
                "@path": "$.context.traits.phone"
              },
              "else": {
                "@path": "$.properties.context.user.phone"
              }
            }
          }
        }
      },
      "typed_external_ids": {
        "@path": "$.context.externalId"
      },
      "user_id": {
        "@path": "$.userId"
      },
      "anonymous_id": {
        "@path": "$.anonymousId"
      },
      "first_name": {
        "@if": {
          "exists": {
            "@path": "$.properties.first_name"
          },
          "then": {
            "@path": "$.properties.first_name"
          },
          "else": {
            "@path": "$.context.traits.firstName"
          }
        }
      },
      "last_name": {
        "@if": {
          "exists": {
            "@path": "$.properties.last_name"
          },
          "then": {
            "@path": "$.properties.last_name"
          },
          "else": {
            "@path": "$.context.traits.lastName"
          }
        }
      },
      "user_traits": {
        "@path": "$.context.traits"
      },
      "zip_code": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.postal_code"
          },
          "then": {
            "@path": "$.properties.address.postal_code"
          },
          "else": {
            "@path": "$.context.traits.address.postalCode"
          }
        }
      },
      "city": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.city"
          },
          "then": {
            "@path": "$.properties.address.city"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.city"
              },
              "then": {
                "@path": "$.context.traits.address.city"
              },
              "else": {
                "@path": "$.properties.city"
              }
            }
          }
        }
      },
      "state": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.state"
          },
          "then": {
            "@path": "$.properties.address.state"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.state"
              },
              "then": {
                "@path": "$.context.traits.address.state"
              },
              "else": {
                "@path": "$.properties.state"
              }
            }
          }
        }
      },
      "country": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.country"
          },
          "then": {
            "@path": "$.properties.address.country"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.country"
              },
              "then": {
                "@path": "$.context.traits.address.country"
              },
              "else": {
                "@path": "$.properties.country"
              }
            }
          }
        }
      },
      "ttp": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttp"
          },
          "then": {
            "@path": "$.properties.ttp"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttp"
              },
              "then": {
                "@path": "$.context.ttp"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.integrations.TikTok Conversions.ttp"
                  },
                  "then": {
                    "@path": "$.integrations.TikTok Conversions.ttp"
                  },
                  "else": {
                    "@if": {
                      "exists": {
                        "@path": "$.integrations.TikTok.ttp"
                      },
                      "then": {
                        "@path": "$.integrations.TikTok.ttp"
                      },
                      "else": {
                        "@path": "$.properties.context.user.ttp"
                      }
                    }
                  }
                }
              }
            }
          }
        }
      },
      "ttclid": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttclid"
          },
          "then": {
            "@path": "$.properties.ttclid"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttclid"
              },
              "then": {
                "@path": "$.context.ttclid"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.integrations.TikTok Conversions.ttclid"
                  },
                  "then": {
                    "@path": "$.integrations.TikTok Conversions.ttclid"
                  },
                  "else": {
                    "@path": "$.integrations.TikTok.ttclid"
                  }
                }
              }
            }
          }
        }
      },
      "ip": {
        "@if": {
          "exists": {
            "@path": "$.context.ip"
          },
          "then": {
            "@path": "$.context.ip"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.user.ip"
              },
              "then": {
                "@path": "$.properties.context.user.ip"
              },
              "else": {
                "@path": "$.request_ip"
              }
            }
          }
        }
      },
      "user_agent": {
        "@if": {
          "exists": {
            "@path": "$.context.userAgent"
          },
          "then": {
            "@path": "$.context.userAgent"
          },
          "else": {
            "@path": "$.properties.context.user.userAgent"
          }
        }
      },
      "locale": {
        "@if": {
          "exists": {
            "@path": "$.context.locale"
          },
          "then": {
            "@path": "$.context.locale"
          },
          "else": {
            "@path": "$.properties.context.user.locale"
          }
        }
      },
      "url": {
        "@if": {
          "exists": {
            "@path": "$.context.page.url"
          },
          "then": {
            "@path": "$.context.page.url"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.page.url"
              },
              "then": {
                "@path": "$.properties.context.page.url"
              },
              "else": {
                "@path": "$.properties.url"
              }
            }
          }
        }
      },
      "referrer": {
        "@if": {
          "exists": {
            "@path": "$.context.page.referrer"
          },
          "then": {
            "@path": "$.context.page.referrer"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.page.referrer"
              },
              "then": {
                "@path": "$.properties.context.page.referrer"
              },
              "else": {
                "@path": "$.properties.referrer"
              }
            }
          }
        }
      },
      "device": {
        "@path": "$.context.device"
      },
      "os": {
        "@path": "$.context.os"
      },
      "att_status": {
        "@if": {
          "exists": {
            "@path": "$.properties.att_status"
          },
          "then": {
            "@path": "$.properties.att_status"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.device.attStatus"
              },
              "then": {
                "@path": "$.context.device.attStatus"
              },
              "else": {
                "@path": "$.context.device.trackingStatus"
              }
            }
          }
        }
      },
      "ad": {
        "callback": {
          "@if": {
            "exists": {
              "@path": "$.properties.callback"
            },
            "then": {
              "@path": "$.properties.callback"
            },
            "else": {
              "@path": "$.properties.callBack"
            }
          }
        },
        "campaign_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.campaign_id"
            },
            "then": {
              "@path": "$.properties.campaign_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.campaignId"
                },
                "then": {
                  "@path": "$.properties.campaignId"
                },
                "else": {
                  "@if": {
                    "exists": {
                      "@path": "$.properties.campaign.id"
                    },
                    "then": {
                      "@path": "$.properties.campaign.id"
                    },
                    "else": {
                      "@if": {
                        "exists": {
                          "@path": "$.properties.campaign.name"
                        },
                        "then": {
                          "@path": "$.properties.campaign.name"
                        },
                        "else": {
                          "@path": "$.context.campaign.id"
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        },
        "ad_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.ad_id"
            },
            "then": {
              "@path": "$.properties.ad_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.adId"
                },
                "then": {
                  "@path": "$.properties.adId"
                },
                "else": {
                  "@path": "$.properties.campaign.ad_group"
                }
              }
            }
          }
        },
        "creative_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.creative_id"
            },
            "then": {
              "@path": "$.properties.creative_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.creativeId"
                },
                "then": {
                  "@path": "$.properties.creativeId"
                },
                "else": {
                  "@path": "$.properties.campaign.ad_creative"
                }
              }
            }
          }
        },
        "is_retargeting": {
          "@if": {
            "exists": {
              "@path": "$.properties.is_retargeting"
            },
            "then": {
              "@path": "$.properties.is_retargeting"
            },
            "else": {
              "@path": "$.properties.isRetargeting"
            }
          }
        },
        "attributed": {
          "@path": "$.properties.attributed"
        },
        "attribution_type": {
          "@if": {
            "exists": {
              "@path": "$.properties.attribution_type"
            },
            "then": {
              "@path": "$.properties.attribution_type"
            },
            "else": {
              "@path": "$.properties.attributionType"
            }
          }
        },
        "attribution_provider": {
          "@if": {
            "exists": {
              "@path": "$.properties.attribution_provider"
            },
            "then": {
              "@path": "$.properties.attribution_provider"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.attributionProvider"
                },
                "then": {
                  "@path": "$.properties.attributionProvider"
                },
                "else": {
                  "@if": {
                    "exists": {
                      "@path": "$.properties.provider"
                    },
                    "then": {
                      "@path": "$.properties.provider"
                    },
                    "else": {
                      "@path": "$.context.referrer.type"
                    }
                  }
                }
              }
            }
          }
        }
      },
      "app": {
        "@path": "$.context.app"
      },
      "contents": {
        "@if": {
          "exists": {
            "@path": "$.properties.contents"
          },
          "then": {
            "@arrayPath": [
              "$.properties.contents",
              {
                "content_id": {
                  "@path": "$.content_id"
                },
                "content_name": {
                  "@path": "$.content_name"
                },
                "content_category": {
                  "@path": "$.content_category"
                },
                "brand": {
                  "@path": "$.brand"
                },
                "price": {
                  "@path": "$.price"
                },
                "quantity": {
                  "@path": "$.quantity"
                }
              }
            ]
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.products"
              },
              "then": {
                "@arrayPath": [
                  "$.properties.products",
                  {
                    "content_id": {
                      "@if": {
                        "exists": {
                          "@path": "$.product_id"
                        },
                        "then": {
                          "@path": "$.product_id"
                        },
                        "else": {
                          "@if": {
                            "exists": {
                              "@path": "$.productId"
                            },
                            "then": {
                              "@path": "$.productId"
                            },
                            "else": {
                              "@if": {
                                "exists": {
                                  "@path": "$.sku"
                                },
                                "then": {
                                  "@path": "$.sku"
                                },
                                "else": {
                                  "@path": "$.id"
                                }
                              }
                            }
                          }
                        }
                      }
                    },
                    "content_name": {
                      "@path": "$.name"
                    },
                    "content_category": {
                      "@path": "$.category"
                    },
                    "brand": {
                      "@path": "$.brand"
                    },
                    "price": {
                      "@path": "$.price"
                    },
                    "quantity": {
                      "@path": "$.quantity"
                    }
                  }
                ]
              },
              "else": {
                "@if": {
                  "exists": {
                    "@if": {
                      "exists": {
                        "@path": "$.properties.product_id"
                      },
                      "then": {
                        "@path": "$.properties.product_id"
                      },
                      "else": {
                        "@if": {
                          "exists": {
                            "@path": "$.properties.productId"
                          },
                          "then": {
                            "@path": "$.properties.productId"
                          },
                          "else": {
                            "@path": "$.properties.sku"
                          }
                        }
                      }
                    }
                  },
                  "then": [
                    {
                      "content_id": {
                        "@if": {
                          "exists": {
                            "@path": "$.properties.product_id"
                          },
                          "then": {
                            "@path": "$.properties.product_id"
                          },
                          "else": {
                            "@if": {
                              "exists": {
                                "@path": "$.properties.productId"
                              },
                              "then": {
                                "@path": "$.properties.productId"
                              },
                              "else": {
                                "@path": "$.properties.sku"
                              }
                            }
                          }
                        }
                      },
                      "content_name": {
                        "@path": "$.properties.name"
                      },
                      "content_category": {
                        "@path": "$.properties.category"
                      },
                      "brand": {
                        "@path": "$.properties.brand"
                      },
                      "price": {
                        "@path": "$.properties.price"
                      },
                      "quantity": {
                        "@path": "$.properties.quantity"
                      }
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "content_ids": {
        "@path": "$.properties.content_ids"
      },
      "content_type": {
        "@if": {
          "exists": {
            "@path": "$.properties.content_type"
          },
          "then": {
            "@path": "$.properties.content_type"
          },
          "else": {
            "@path": "$.properties.contentType"
          }
        }
      },
      "currency": {
        "@path": "$.properties.currency"
      },
      "value": {
        "@if": {
          "exists": {
            "@path": "$.properties.revenue"
          },
          "then": {
            "@path": "$.properties.revenue"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.total"
              },
              "then": {
                "@path": "$.properties.total"
              },
              "else": {
                "@path": "$.properties.value"
              }
            }
          }
        }
      },
      "num_items": {
        "@if": {
          "exists": {
            "@path": "$.properties.num_items"
          },
          "then": {
            "@path": "$.properties.num_items"
          },
          "else": {
            "@path": "$.properties.quantity"
          }
        }
      },
      "order_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.order_id"
          },
          "then": {
            "@path": "$.properties.order_id"
          },
          "else": {
            "@path": "$.properties.orderId"
          }
        }
      },
      "shop_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.shop_id"
          },
          "then": {
            "@path": "$.properties.shop_id"
          },
          "else": {
            "@path": "$.properties.shopId"
          }
        }
      },
      "description": {
        "@if": {
          "exists": {
            "@path": "$.properties.button_text"
          },
          "then": {
            "@path": "$.properties.button_text"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.text"
              },
              "then": {
                "@path": "$.properties.text"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.properties.label"
                  },
                  "then": {
                    "@path": "$.properties.label"
                  },
                  "else": {
                    "@path": "$.properties.description"
                  }
                }
              }
            }
          }
        }
      },
      "lead_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.lead_id"
          },
          "then": {
            "@path": "$.properties.lead_id"
          },
          "else": {
            "@path": "$.properties.leadId"
          }
        }
      },
      "lead_event_source": {
        "@if": {
          "exists": {
            "@path": "$.properties.lead_event_source"
          },
          "then": {
            "@path": "$.properties.lead_event_source"
          },
          "else": {
            "@path": "$.properties.leadEventSource"
          }
        }
      },
      "custom_properties": {
        "delivery_category": {
          "@path": "$.properties.delivery_category"
        },
        "predicted_ltv": {
          "@path": "$.properties.predicted_ltv"
        }
      },
      "consent_preferences": {
        "@path": "$.context.consent.categoryPreferences"
      },
      "consent_management": {
        "@path": "$.context.consentManagement"
      },
      "gpc": {
        "@path": "$.context.gpc"
      },
      "limited_data_use": {
        "@path": "$.properties.limited_data_use"
      }
    },
    "type": "automatic"
  },
  {
    "name": "Complete Registration",
    "subscribe": "type = \"track\" and (event = \"Signed Up\" or event = \"signed up\" or event = \"Signed up\" or event = \"SIGNED UP\" or event = \"Account Created\" or event = \"account created\" or event = \"Account created\" or event = \"ACCOUNT CREATED\" or event = \"Registration Completed\" or event = \"registration completed\" or event = \"Registration completed\" or event = \"REGISTRATION COMPLETED\") and context.device.type != \"ios\" and context.device.type != \"iOS\" and context.device.type != \"IOS\" and context.device.type != \"android\" and context.device.type != \"Android\" and context.device.type != \"ANDROID\"",
    "partnerAction": "reportEvent",
    "mapping": {
      "event": "CompleteRegistration",
      "event_source": {
        "@if": {
          "exists": {
            "@path": "$.properties.event_source"
          },
          "then": {
            "@path": "$.properties.event_source"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.eventSource"
              },
              "then": {
                "@path": "$.properties.eventSource"
              },
              "else": {
                "@path": "$.channel"
              }
            }
          }
        }
      },
      "event_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.event_id"
          },
          "then": {
            "@path": "$.properties.event_id"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.eventId"
              },
              "then": {
                "@path": "$.properties.eventId"
              },
              "else": {
                "@path": "$.messageId"
              }
            }
          }
        }
      },
      "timestamp": {
        "@if": {
          "exists": {
            "@path": "$.timestamp"
          },
          "then": {
            "@path": "$.timestamp"
          },
          "else": {
            "@path": "$.originalTimestamp"
          }
        }
      },
      "email": {
        "@if": {
          "exists": {
            "@path": "$.properties.email"
          },
          "then": {
            "@path": "$.properties.email"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.email"
              },
              "then": {
                "@path": "$.context.traits.email"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.context.user.email"
                  },
                  "then": {
                    "@path": "$.context.user.email"
                  },
                  "else": {
                    "@path": "$.properties.context.user.email"
                  }
                }
              }
            }
          }
        }
      },
      "phone": {
        "@if": {
          "exists": {
            "@path": "$.properties.phone"
          },
          "then": {
            "@path": "$.properties.phone"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.phone"
              },
              "then": {
                "@path": "$.context.traits.phone"
              },
              "else": {
                "@path": "$.properties.context.user.phone"
              }
            }
          }
        }
      },
      "typed_external_ids": {
        "@path": "$.context.externalId"
      },
      "user_id": {
        "@path": "$.userId"
      },
      "anonymous_id": {
        "@path": "$.anonymousId"
      },
      "first_name": {
        "@if": {
          "exists": {
            "@path": "$.properties.first_name"
          },
          "then": {
            "@path": "$.properties.first_name"
          },
          "else": {
            "@path": "$.context.traits.firstName"
          }
        }
      },
      "last_name": {
        "@if": {
          "exists": {
            "@path": "$.properties.last_name"
          },
          "then": {
            "@path": "$.properties.last_name"
          },
          "else": {
            "@path": "$.context.traits.lastName"
          }
        }
      },
      "user_traits": {
        "@path": "$.context.traits"
      },
      "zip_code": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.postal_code"
          },
          "then": {
            "@path": "$.properties.address.postal_code"
          },
          "else": {
            "@path": "$.context.traits.address.postalCode"
          }
        }
      },
      "city": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.city"
          },
          "then": {
            "@path": "$.properties.address.city"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.city"
              },
              "then": {
                "@path": "$.context.traits.address.city"
              },
              "else": {
                "@path": "$.properties.city"
              }
            }
          }
        }
      },
      "state": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.state"
          },
          "then": {
            "@path": "$.properties.address.state"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.state"
              },
              "then": {
                "@path": "$.context.traits.address.state"
              },
              "else": {
                "@path": "$.properties.state"
              }
            }
          }
        }
      },
      "country": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.country"
          },
          "then": {
            "@path": "$.properties.address.country"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.country"
              },
              "then": {
                "@path": "$.context.traits.address.country"
              },
              "else": {
                "@path": "$.properties.country"
              }
            }
          }
        }
      },
      "ttp": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttp"
          },
          "then": {
            "@path": "$.properties.ttp"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttp"
              },
              "then": {
                "@path": "$.context.ttp"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.integrations.TikTok Conversions.ttp"
                  },
                  "then": {
                    "@path": "$.integrations.TikTok Conversions.ttp"
                  },
                  "else": {
                    "@if": {
                      "exists": {
                        "@path": "$.integrations.TikTok.ttp"
                      },
                      "then": {
                        "@path": "$.integrations.TikTok.ttp"
                      },
                      "else": {
                        "@path": "$.properties.context.user.ttp"
                      }
                    }
                  }
                }
              }
            }
          }
        }
      },
      "ttclid": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttclid"
          },
          "then": {
            "@path": "$.properties.ttclid"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttclid"
              },
              "then": {
                "@path": "$.context.ttclid"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.integrations.TikTok Conversions.ttclid"
                  },
                  "then": {
                    "@path": "$.integrations.TikTok Conversions.ttclid"
                  },
                  "else": {
                    "@path": "$.integrations.TikTok.ttclid"
                  }
                }
              }
            }
          }
        }
      },
      "ip": {
        "@if": {
          "exists": {
            "@path": "$.context.ip"
          },
          "then": {
            "@path": "$.context.ip"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.user.ip"
              },
              "then": {
                "@path": "$.properties.context.user.ip"
              },
              "else": {
                "@path": "$.request_ip"
              }
            }
          }
        }
      },
      "user_agent": {
        "@if": {
          "exists": {
            "@path": "$.context.userAgent"
          },
          "then": {
            "@path": "$.context.userAgent"
          },
          "else": {
            "@path": "$.properties.context.user.userAgent"
          }
        }
      },
      "locale": {
        "@if": {
          "exists": {
            "@path": "$.context.locale"
          },
          "then": {
            "@path": "$.context.locale"
          },
          "else": {
            "@path": "$.properties.context.user.locale"
          }
        }
      },
      "url": {
        "@if": {
          "exists": {
            "@path": "$.context.page.url"
          },
          "then": {
            "@path": "$.context.page.url"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.page.url"
              },
              "then": {
                "@path": "$.properties.context.page.url"
              },
              "else": {
                "@path": "$.properties.url"
              }
            }
          }
        }
      },
      "referrer": {
        "@if": {
          "exists": {
            "@path": "$.context.page.referrer"
          },
          "then": {
            "@path": "$.context.page.referrer"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.page.referrer"
              },
              "then": {
                "@path": "$.properties.context.page.referrer"
              },
              "else": {
                "@path": "$.properties.referrer"
              }
            }
          }
        }
      },
      "device": {
        "@path": "$.context.device"
      },
      "os": {
        "@path": "$.context.os"
      },
      "att_status": {
        "@if": {
          "exists": {
            "@path": "$.properties.att_status"
          },
          "then": {
            "@path": "$.properties.att_status"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.device.attStatus"
              },
              "then": {
                "@path": "$.context.device.attStatus"
              },
              "else": {
                "@path": "$.context.device.trackingStatus"
              }
            }
          }
        }
      },
      "ad": {
        "callback": {
          "@if": {
            "exists": {
              "@path": "$.properties.callback"
            },
            "then": {
              "@path": "$.properties.callback"
            },
            "else": {
              "@path": "$.properties.callBack"
            }
          }
        },
        "campaign_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.campaign_id"
            },
            "then": {
              "@path": "$.properties.campaign_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.campaignId"
                },
                "then": {
                  "@path": "$.properties.campaignId"
                },
                "else": {
                  "@if": {
                    "exists": {
                      "@path": "$.properties.campaign.id"
                    },
                    "then": {
                      "@path": "$.properties.campaign.id"
                    },
                    "else": {
                      "@if": {
                        "exists": {
                          "@path": "$.properties.campaign.name"
                        },
                        "then": {
                          "@path": "$.properties.campaign.name"
                        },
                        "else": {
                          "@path": "$.context.campaign.id"
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        },
        "ad_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.ad_id"
            },
            "then": {
              "@path": "$.properties.ad_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.adId"
                },
                "then": {
                  "@path": "$.properties.adId"
                },
                "else": {
                  "@path": "$.properties.campaign.ad_group"
                }
              }
            }
          }
        },
        "creative_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.creative_id"
            },
            "then": {
              "@path": "$.properties.creative_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.creativeId"
                },
                "then": {
                  "@path": "$.properties.creativeId"
                },
                "else": {
                  "@path": "$.properties.campaign.ad_creative"
                }
              }
            }
          }
        },
        "is_retargeting": {
          "@if": {
            "exists": {
              "@path": "$.properties.is_retargeting"
            },
            "then": {
              "@path": "$.properties.is_retargeting"
            },
            "else": {
              "@path": "$.properties.isRetargeting"
            }
          }
        },
        "attributed": {
          "@path": "$.properties.attributed"
        },
        "attribution_type": {
          "@if": {
            "exists": {
              "@path": "$.properties.attribution_type"
            },
            "then": {
              "@path": "$.properties.attribution_type"
            },
            "else": {
              "@path": "$.properties.attributionType"
            }
          }
        },
        "attribution_provider": {
          "@if": {
            "exists": {
              "@path": "$.properties.attribution_provider"
            },
            "then": {
              "@path": "$.properties.attribution_provider"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.attributionProvider"
                },
                "then": {
                  "@path": "$.properties.attributionProvider"
                },
                "else": {
                  "@if": {
                    "exists": {
                      "@path": "$.properties.provider"
                    },
                    "then": {
                      "@path": "$.properties.provider"
                    },
                    "else": {
                      "@path": "$.context.referrer.type"
                    }
                  }
                }
              }
            }
          }
        }
      },
      "app": {
        "@path": "$.context.app"
      },
      "contents": {
        "@if": {
          "exists": {
            "@path": "$.properties.contents"
          },
          "then": {
            "@arrayPath": [
              "$.properties.contents",
              {
                "content_id": {
                  "@path": "$.content_id"
                },
                "content_name": {
                  "@path": "$.content_name"
                },
                "content_category": {
                  "@path": "$.content_category"
                },
                "brand": {
                  "@path": "$.brand"
                },
                "price": {
                  "@path": "$.price"
                },
                "quantity": {
                  "@path": "$.quantity"
                }
              }
            ]
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.products"
              },
              "then": {
                "@arrayPath": [
                  "$.properties.products",
                  {
                    "content_id": {
                      "@if": {
                        "exists": {
                          "@path": "$.product_id"
                        },
                        "then": {
                          "@path": "$.product_id"
                        },
                        "else": {
                          "@if": {
                            "exists": {
                              "@path": "$.productId"
                            },
                            "then": {
                              "@path": "$.productId"
                            },
                            "else": {
                              "@if": {
                                "exists": {
                                  "@path": "$.sku"
                                },
                                "then": {
                                  "@path": "$.sku"
                                },
                                "else": {
                                  "@path": "$.id"
                                }
                              }
                            }
                          }
                        }
                      }
                    },
                    "content_name": {
                      "@path": "$.name"
                    },
                    "content_category": {
                      "@path": "$.category"
                    },
                    "brand": {
                      "@path": "$.brand"
                    },
                    "price": {
                      "@path": "$.price"
                    },
                    "quantity": {
                      "@path": "$.quantity"
                    }
                  }
                ]
              },
              "else": {
                "@if": {
                  "exists": {
                    "@if": {
                      "exists": {
                        "@path": "$.properties.product_id"
                      },
                      "then": {
                        "@path": "$.properties.product_id"
                      },
                      "else": {
                        "@if": {
                          "exists": {
                            "@path": "$.properties.productId"
                          },
                          "then": {
                            "@path": "$.properties.productId"
                          },
                          "else": {
                            "@path": "$.properties.sku"
                          }
                        }
                      }
                    }
                  },
                  "then": [
                    {
                      "content_id": {
                        "@if": {
                          "exists": {
                            "@path": "$.properties.product_id"
                          },
                          "then": {
                            "@path": "$.properties.product_id"
                          },
                          "else": {
                            "@if": {
                              "exists": {
                                "@path": "$.properties.productId"
                              },
                              "then": {
                                "@path": "$.properties.productId"
                              },
                              "else": {
                                "@path": "$.properties.sku"
                              }
                            }
                          }
                        }
                      },
                      "content_name": {
                        "@path": "$.properties.name"
                      },
                      "content_category": {
                        "@path": "$.properties.category"
                      },
                      "brand": {
                        "@path": "$.properties.brand"
                      },
                      "price": {
                        "@path": "$.properties.price"
                      },
                      "quantity": {
                        "@path": "$.properties.quantity"
                      }
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "content_ids": {
        "@path": "$.properties.content_ids"
      },
      "content_type": {
        "@if": {
          "exists": {
            "@path": "$.properties.content_type"
          },
          "then": {
            "@path": "$.properties.content_type"
          },
          "else": {
            "@path": "$.properties.contentType"
          }
        }
      },
      "currency": {
        "@path": "$.properties.currency"
      },
      "value": {
        "@if": {
          "exists": {
            "@path": "$.properties.revenue"
          },
          "then": {
            "@path": "$.properties.revenue"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.total"
              },
              "then": {
                "@path": "$.properties.total"
              },
              "else": {
                "@path": "$.properties.value"
              }
            }
          }
        }
      },
      "num_items": {
        "@if": {
          "exists": {
            "@path": "$.properties.num_items"
          },
          "then": {
            "@path": "$.properties.num_items"
          },
          "else": {
            "@path": "$.properties.quantity"
          }
        }
      },
      "order_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.order_id"
          },
          "then": {
            "@path": "$.properties.order_id"
          },
          "else": {
            "@path": "$.properties.orderId"
          }
        }
      },
      "shop_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.shop_id"
          },
          "then": {
            "@path": "$.properties.shop_id"
          },
          "else": {
            "@path": "$.properties.shopId"
          }
        }
      },
      "description": {
        "@path": "$.properties.description"
      },
      "lead_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.lead_id"
          },
          "then": {
            "@path": "$.properties.lead_id"
          },
          "else": {
            "@path": "$.properties.leadId"
          }
        }
      },
      "lead_event_source": {
        "@if": {
          "exists": {
            "@path": "$.properties.lead_event_source"
          },
          "then": {
            "@path": "$.properties.lead_event_source"
          },
          "else": {
            "@path": "$.properties.leadEventSource"
          }
        }
      },
      "custom_properties": {
        "delivery_category": {
          "@path": "$.properties.delivery_category"
        },
        "predicted_ltv": {
          "@path": "$.properties.predicted_ltv"
        },
        "method": {
          "@if": {
            "exists": {
              "@path": "$.properties.method"
            },
            "then": {
              "@path": "$.properties.method"
            },
            "else": {
              "@path": "$.properties.type"
            }
          }
        }
      },
      "consent_preferences": {
        "@path": "$.context.consent.categoryPreferences"
      },
      "consent_management": {
        "@path": "$.context.consentManagement"
      },
      "gpc": {
        "@path": "$.context.gpc"
      },
      "limited_data_use": {
        "@path": "$.properties.limited_data_use"
      }
    },
    "type": "automatic"
  },
  {
    "name": "Contact",
    "subscribe": "type = \"track\" and (event = \"Contact Requested\" or event = \"contact requested\" or event = \"Contact requested\" or event = \"CONTACT REQUESTED\" or event = \"Contact Form Submitted\" or event = \"contact form submitted\" or event = \"Contact form submitted\" or event = \"CONTACT FORM SUBMITTED\" or event = \"Callback Started\" or event = \"callback started\" or event = \"Callback started\" or event = \"CALLBACK STARTED\")",
    "partnerAction": "reportEvent",
    "mapping": {
      "event": "Contact",
      "event_source": {
        "@if": {
          "exists": {
            "@path": "$.properties.event_source"
          },
          "then": {
            "@path": "$.properties.event_source"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.eventSource"
              },
              "then": {
                "@path": "$.properties.eventSource"
              },
              "else": {
                "@path": "$.channel"
              }
            }
          }
        }
      },
      "event_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.event_id"
          },
          "then": {
            "@path": "$.properties.event_id"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.eventId"
              },
              "then": {
                "@path": "$.properties.eventId"
              },
              "else": {
                "@path": "$.messageId"
              }
            }
          }
        }
      },
      "timestamp": {
        "@if": {
          "exists": {
            "@path": "$.timestamp"
          },
          "then": {
            "@path": "$.timestamp"
          },
          "else": {
            "@path": "$.originalTimestamp"
          }
        }
      },
      "email": {
        "@if": {
          "exists": {
            "@path": "$.properties.email"
          },
          "then": {
            "@path": "$.properties.email"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.email"
              },
              "then": {
                "@path": "$.context.traits.email"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.context.user.email"
                  },
                  "then": {
                    "@path": "$.context.user.email"
                  },
                  "else": {
                    "@path": "$.properties.context.user.email"
                  }
                }
              }
            }
          }
        }
      },
      "phone": {
        "@if": {
          "exists": {
            "@path": "$.properties.phone"
          },
          "then": {
            "@path": "$.properties.phone"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.phone"
              },
              "then": {
                "@path": "$.context.traits.phone"
              },
              "else": {
                "@path": "$.properties.context.user.phone"
              }
            }
          }
        }
      },
      "typed_external_ids": {
        "@path": "$.context.externalId"
      },
      "user_id": {
        "@path": "$.userId"
      },
      "anonymous_id": {
        "@path": "$.anonymousId"
      },
      "first_name": {
        "@if": {
          "exists": {
            "@path": "$.properties.first_name"
          },
          "then": {
            "@path": "$.properties.first_name"
          },
          "else": {
            "@path": "$.context.traits.firstName"
          }
        }
      },
      "last_name": {
        "@if": {
          "exists": {
            "@path": "$.properties.last_name"
          },
          "then": {
            "@path": "$.properties.last_name"
          },
          "else": {
            "@path": "$.context.traits.lastName"
          }
        }
      },
      "user_traits": {
        "@path": "$.context.traits"
      },
      "zip_code": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.postal_code"
          },
          "then": {
            "@path": "$.properties.address.postal_code"
          },
          "else": {
            "@path": "$.context.traits.address.postalCode"
          }
        }
      },
      "city": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.city"
          },
          "then": {
            "@path": "$.properties.address.city"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.city"
              },
              "then": {
                "@path": "$.context.traits.address.city"
              },
              "else": {
                "@path": "$.properties.city"
              }
            }
          }
        }
      },
      "state": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.state"
          },
          "then": {
            "@path": "$.properties.address.state"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.state"
              },
              "then": {
                "@path": "$.context.traits.address.state"
              },
              "else": {
                "@path": "$.properties.state"
              }
            }
          }
        }
      },
      "country": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.country"
          },
          "then": {
            "@path": "$.properties.address.country"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.country"
              },
              "then": {
                "@path": "$.context.traits.address.country"
              },
              "else": {
                "@path": "$.properties.country"
              }
            }
          }
        }
      },
      "ttp": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttp"
          },
          "then": {
            "@path": "$.properties.ttp"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttp"
              },
              "then": {
                "@path": "$.context.ttp"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.integrations.TikTok Conversions.ttp"
                  },
                  "then": {
                    "@path": "$.integrations.TikTok Conversions.ttp"
                  },
                  "else": {
                    "@if": {
                      "exists": {
                        "@path": "$.integrations.TikTok.ttp"
                      },
                      "then": {
                        "@path": "$.integrations.TikTok.ttp"
                      },
                      "else": {
                        "@path": "$.properties.context.user.ttp"
                      }
                    }
                  }
                }
              }
            }
          }
        }
      },
      "ttclid": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttclid"
          },
          "then": {
            "@path": "$.properties.ttclid"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttclid"
              },
              "then": {
                "@path": "$.context.ttclid"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.integrations.TikTok Conversions.ttclid"
                  },
                  "then": {
                    "@path": "$.integrations.TikTok Conversions.ttclid"
                  },
                  "else": {
                    "@path": "$.integrations.TikTok.ttclid"
                  }
                }
              }
            }
          }
        }
      },
      "ip": {
        "@if": {
          "exists": {
            "@path": "$.context.ip"
          },
          "then": {
            "@path": "$.context.ip"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.user.ip"
              },
              "then": {
                "@path": "$.properties.context.user.ip"
              },
              "else": {
                "@path": "$.request_ip"
              }
            }
          }
        }
      },
      "user_agent": {
        "@if": {
          "exists": {
            "@path": "$.context.userAgent"
          },
          "then": {
            "@path": "$.context.userAgent"
          },
          "else": {
            "@path": "$.properties.context.user.userAgent"
          }
        }
      },
      "locale": {
        "@if": {
          "exists": {
            "@path": "$.context.locale"
          },
          "then": {
            "@path": "$.context.locale"
          },
          "else": {
            "@path": "$.properties.context.user.locale"
          }
        }
      },
      "url": {
        "@if": {
          "exists": {
            "@path": "$.context.page.url"
          },
          "then": {
            "@path": "$.context.page.url"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.page.url"
              },
              "then": {
                "@path": "$.properties.context.page.url"
              },
              "else": {
                "@path": "$.properties.url"
              }
            }
          }
        }
      },
      "referrer": {
        "@if": {
          "exists": {
            "@path": "$.context.page.referrer"
          },
          "then": {
            "@path": "$.context.page.referrer"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.page.referrer"
              },
              "then": {
                "@path": "$.properties.context.page.referrer"
              },
              "else": {
                "@path": "$.properties.referrer"
              }
            }
          }
        }
      },
      "device": {
        "@path": "$.context.device"
      },
      "os": {
        "@path": "$.context.os"
      },
      "att_status": {
        "@if": {
          "exists": {
            "@path": "$.properties.att_status"
          },
          "then": {
            "@path": "$.properties.att_status"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.device.attStatus"
              },
              "then": {
                "@path": "$.context.device.attStatus"
              },
              "else": {
                "@path": "$.context.device.trackingStatus"
              }
            }
          }
        }
      },
      "ad": {
        "callback": {
          "@if": {
            "exists": {
              "@path": "$.properties.callback"
            },
            "then": {
              "@path": "$.properties.callback"
            },
            "else": {
              "@path": "$.properties.callBack"
            }
          }
        },
        "campaign_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.campaign_id"
            },
            "then": {
              "@path": "$.properties.campaign_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.campaignId"
                },
                "then": {
                  "@path": "$.properties.campaignId"
                },
                "else": {
                  "@if": {
                    "exists": {
                      "@path": "$.properties.campaign.id"
                    },
                    "then": {
                      "@path": "$.properties.campaign.id"
                    },
                    "else": {
                      "@if": {
                        "exists": {
                          "@path": "$.properties.campaign.name"
                        },
                        "then": {
                          "@path": "$.properties.campaign.name"
                        },
                        "else": {
                          "@path": "$.context.campaign.id"
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        },
        "ad_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.ad_id"
            },
            "then": {
              "@path": "$.properties.ad_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.adId"
                },
                "then": {
                  "@path": "$.properties.adId"
                },
                "else": {
                  "@path": "$.properties.campaign.ad_group"
                }
              }
            }
          }
        },
        "creative_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.creative_id"
            },
            "then": {
              "@path": "$.properties.creative_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.creativeId"
                },
                "then": {
                  "@path": "$.properties.creativeId"
                },
                "else": {
                  "@path": "$.properties.campaign.ad_creative"
                }
              }
            }
          }
        },
        "is_retargeting": {
          "@if": {
            "exists": {
              "@path": "$.properties.is_retargeting"
            },
            "then": {
              "@path": "$.properties.is_retargeting"
            },
            "else": {
              "@path": "$.properties.isRetargeting"
            }
          }
        },
        "attributed": {
          "@path": "$.properties.attributed"
        },
        "attribution_type": {
          "@if": {
            "exists": {
              "@path": "$.properties.attribution_type"
            },
            "then": {
              "@path": "$.properties.attribution_type"
            },
            "else": {
              "@path": "$.properties.attributionType"
            }
          }
        },
        "attribution_provider": {
          "@if": {
            "exists": {
              "@path": "$.properties.attribution_provider"
            },
            "then": {
              "@path": "$.properties.attribution_provider"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.attributionProvider"
                },
                "then": {
                  "@path": "$.properties.attributionProvider"
                },
                "else": {
                  "@if": {
                    "exists": {
                      "@path": "$.properties.provider"
                    },
                    "then": {
                      "@path": "$.properties.provider"
                    },
                    "else": {
                      "@path": "$.context.referrer.type"
                    }
                  }
                }
              }
            }
          }
        }
      },
      "app": {
        "@path": "$.context.app"
      },
      "contents": {
        "@if": {
          "exists": {
            "@path": "$.properties.contents"
          },
          "then": {
            "@arrayPath": [
              "$.properties.contents",
              {
                "content_id": {
                  "@path": "$.content_id"
                },
                "content_name": {
                  "@path": "$.content_name"
                },
                "content_category": {
                  "@path": "$.content_category"
                },
                "brand": {
                  "@path": "$.brand"
                },
                "price": {
                  "@path": "$.price"
                },
                "quantity": {
                  "@path": "$.quantity"
                }
              }
            ]
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.products"
              },
              "then": {
                "@arrayPath": [
                  "$.properties.products",
                  {
                    "content_id": {
                      "@if": {
                        "exists": {
                          "@path": "$.product_id"
                        },
                        "then": {
                          "@path": "$.product_id"
                        },
                        "else": {
                          "@if": {
                            "exists": {
                              "@path": "$.productId"
                            },
                            "then": {
                              "@path": "$.productId"
                            },
                            "else": {
                              "@if": {
                                "exists": {
                                  "@path": "$.sku"
                                },
                                "then": {
                                  "@path": "$.sku"
                                },
                                "else": {
                                  "@path": "$.id"
                                }
                              }
                            }
                          }
                        }
                      }
                    },
                    "content_name": {
                      "@path": "$.name"
                    },
                    "content_category": {
                      "@path": "$.category"
                    },
                    "brand": {
                      "@path": "$.brand"
                    },
                    "price": {
                      "@path": "$.price"
                    },
                    "quantity": {
                      "@path": "$.quantity"
                    }
                  }
                ]
              },
              "else": {
                "@if": {
                  "exists": {
                    "@if": {
                      "exists": {
                        "@path": "$.properties.product_id"
                      },
                      "then": {
                        "@path": "$.properties.product_id"
                      },
                      "else": {
                        "@if": {
                          "exists": {
                            "@path": "$.properties.productId"
                          },
                          "then": {
                            "@path": "$.properties.productId"
                          },
                          "else": {
                            "@path": "$.properties.sku"
                          }
                        }
                      }
                    }
                  },
                  "then": [
                    {
                      "content_id": {
                        "@if": {
                          "exists": {
                            "@path": "$.properties.product_id"
                          },
                          "then": {
                            "@path": "$.properties.product_id"
                          },
                          "else": {
                            "@if": {
                              "exists": {
                                "@path": "$.properties.productId"
                              },
                              "then": {
                                "@path": "$.properties.productId"
                              },
                              "else": {
                                "@path": "$.properties.sku"
                              }
                            }
                          }
                        }
                      },
                      "content_name": {
                        "@path": "$.properties.name"
                      },
                      "content_category": {
                        "@path": "$.properties.category"
                      },
                      "brand": {
                        "@path": "$.properties.brand"
                      },
                      "price": {
                        "@path": "$.properties.price"
                      },
                      "quantity": {
                        "@path": "$.properties.quantity"
                      }
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "content_ids": {
        "@path": "$.properties.content_ids"
      },
      "content_type": {
        "@if": {
          "exists": {
            "@path": "$.properties.content_type"
          },
          "then": {
            "@path": "$.properties.content_type"
          },
          "else": {
            "@path": "$.properties.contentType"
          }
        }
      },
      "currency": {
        "@path": "$.properties.currency"
      },
      "value": {
        "@if": {
          "exists": {
            "@path": "$.properties.revenue"
          },
          "then": {
            "@path": "$.properties.revenue"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.total"
              },
              "then": {
                "@path": "$.properties.total"
              },
              "else": {
                "@path": "$.properties.value"
              }
            }
          }
        }
      },
      "num_items": {
        "@if": {
          "exists": {
            "@path": "$.properties.num_items"
          },
          "then": {
            "@path": "$.properties.num_items"
          },
          "else": {
            "@path": "$.properties.quantity"
          }
        }
      },
      "order_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.order_id"
          },
          "then": {
            "@path": "$.properties.order_id"
          },
          "else": {
            "@path": "$.properties.orderId"
          }
        }
      },
      "shop_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.shop_id"
          },
          "then": {
            "@path": "$.properties.shop_id"
          },
          "else": {
            "@path": "$.properties.shopId"
          }
        }
      },
      "description": {
        "@path": "$.properties.description"
      },
      "lead_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.lead_id"
          },
          "then": {
            "@path": "$.properties.lead_id"
          },
          "else": {
            "@path": "$.properties.leadId"
          }
        }
      },
      "lead_event_source": {
        "@if": {
          "exists": {
            "@path": "$.properties.lead_event_source"
          },
          "then": {
            "@path": "$.properties.lead_event_source"
          },
          "else": {
            "@path": "$.properties.leadEventSource"
          }
        }
      },
      "custom_properties": {
        "delivery_category": {
          "@path": "$.properties.delivery_category"
        },
        "predicted_ltv": {
          "@path": "$.properties.predicted_ltv"
        }
      },
      "consent_preferences": {
        "@path": "$.context.consent.categoryPreferences"
      },
      "consent_management": {
        "@path": "$.context.consentManagement"
      },
      "gpc": {
        "@path": "$.context.gpc"
      },
      "limited_data_use": {
        "@path": "$.properties.limited_data_use"
      }
    },
    "type": "automatic"
  },
  {
    "name": "Customize Product",
    "subscribe": "type = \"track\" and (event = \"Product Customized\" or event = \"product customized\" or event = \"Product customized\" or event = \"PRODUCT CUSTOMIZED\")",
    "partnerAction": "reportEvent",
    "mapping": {
      "event": "CustomizeProduct",
      "event_source": {
        "@if": {
          "exists": {
            "@path": "$.properties.event_source"
          },
          "then": {
            "@path": "$.properties.event_source"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.eventSource"
              },
              "then": {
                "@path": "$.properties.eventSource"
              },
              "else": {
                "@path": "$.channel"
              }
            }
          }
        }
      },
      "event_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.event_id"
          },
          "then": {
            "@path": "$.properties.event_id"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.eventId"
              },
              "then": {
                "@path": "$.properties.eventId"
              },
              "else": {
                "@path": "$.messageId"
              }
            }
          }
        }
      },
      "timestamp": {
        "@if": {
          "exists": {
            "@path": "$.timestamp"
          },
          "then": {
            "@path": "$.timestamp"
          },
          "else": {
            "@path": "$.originalTimestamp"
          }
        }
      },
      "email": {
        "@if": {
          "exists": {
            "@path": "$.properties.email"
          },
          "then": {
            "@path": "$.properties.email"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.email"
              },
              "then": {
                "@path": "$.context.traits.email"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.context.user.email"
                  },
                  "then": {
                    "@path": "$.context.user.email"
                  },
                  "else": {
                    "@path": "$.properties.context.user.email"
                  }
                }
              }
            }
          }
        }
      },
      "phone": {
        "@if": {
          "exists": {
            "@path": "$.properties.phone"
          },
          "then": {
            "@path": "$.properties.phone"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.phone"
              },
              "then": {
                "@path": "$.context.traits.phone"
              },
              "else": {
                "@path": "$.properties.context.user.phone"
              }
            }
          }
        }
      },
      "typed_external_ids": {
        "@path": "$.context.externalId"
      },
      "user_id": {
        "@path": "$.userId"
      },
      "anonymous_id": {
        "@path": "$.anonymousId"
      },
      "first_name": {
        "@if": {
          "exists": {
            "@path": "$.properties.first_name"
          },
          "then": {
            "@path": "$.properties.first_name"
          },
          "else": {
            "@path": "$.context.traits.firstName"
          }
        }
      },
      "last_name": {
        "@if": {
          "exists": {
            "@path": "$.properties.last_name"
          },
          "then": {
            "@path": "$.properties.last_name"
          },
          "else": {
            "@path": "$.context.traits.lastName"
          }
        }
      },
      "user_traits": {
        "@path": "$.context.traits"
      },
      "zip_code": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.postal_code"
          },
          "then": {
            "@path": "$.properties.address.postal_code"
          },
          "else": {
            "@path": "$.context.traits.address.postalCode"
          }
        }
      },
      "city": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.city"
          },
          "then": {
            "@path": "$.properties.address.city"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.city"
              },
              "then": {
                "@path": "$.context.traits.address.city"
              },
              "else": {
                "@path": "$.properties.city"
              }
            }
          }
        }
      },
      "state": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.state"
          },
          "then": {
            "@path": "$.properties.address.state"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.state"
              },
              "then": {
                "@path": "$.context.traits.address.state"
              },
              "else": {
                "@path": "$.properties.state"
              }
            }
          }
        }
      },
      "country": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.country"
          },
          "then": {
            "@path": "$.properties.address.country"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.country"
              },
              "then": {
                "@path": "$.context.traits.address.country"
              },
              "else": {
                "@path": "$.properties.country"
              }
            }
          }
        }
      },
      "ttp": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttp"
          },
          "then": {
            "@path": "$.properties.ttp"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttp"
              },
              "then": {
                "@path": "$.context.ttp"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.integrations.TikTok Conversions.ttp"
                  },
                  "then": {
                    "@path": "$.integrations.TikTok Conversions.ttp"
                  },
                  "else": {
                    "@if": {
                      "exists": {
                        "@path": "$.integrations.TikTok.ttp"
                      },
                      "then": {
                        "@path": "$.integrations.TikTok.ttp"
                      },
                      "else": {
                        "@path": "$.properties.context.user.ttp"
                      }
                    }
                  }
                }
              }
            }
          }
        }
      },
      "ttclid": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttclid"
          },
          "then": {
            "@path": "$.properties.ttclid"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttclid"
              },
              "then": {
                "@path": "$.context.ttclid"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.integrations.TikTok Conversions.ttclid"
                  },
                  "then": {
                    "@path": "$.integrations.TikTok Conversions.ttclid"
                  },
                  "else": {
                    "@path": "$.integrations.TikTok.ttclid"
                  }
                }
              }
            }
          }
        }
      },
      "ip": {
        "@if": {
          "exists": {
            "@path": "$.context.ip"
          },
          "then": {
            "@path": "$.context.ip"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.user.ip"
              },
              "then": {
                "@path": "$.properties.context.user.ip"
              },
              "else": {
                "@path": "$.request_ip"
              }
            }
          }
        }
      },
      "user_agent": {
        "@if": {
          "exists": {
            "@path": "$.context.userAgent"
          },
          "then": {
            "@path": "$.context.userAgent"
          },
          "else": {
            "@path": "$.properties.context.user.userAgent"
          }
        }
      },
      "locale": {
        "@if": {
          "exists": {
            "@path": "$.context.locale"
          },
          "then": {
            "@path": "$.context.locale"
          },
          "else": {
            "@path": "$.properties.context.user.locale"
          }
        }
      },
      "url": {
        "@if": {
          "exists": {
            "@path": "$.context.page.url"
          },
          "then": {
            "@path": "$.context.page.url"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.page.url"
              },
              "then": {
                "@path": "$.properties.context.page.url"
              },
              "else": {
                "@path": "$.properties.url"
              }
            }
          }
        }
      },
      "referrer": {
        "@if": {
          "exists": {
            "@path": "$.context.page.referrer"
          },
          "then": {
            "@path": "$.context.page.referrer"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.page.referrer"
              },
              "then": {
                "@path": "$.properties.context.page.referrer"
              },
              "else": {
                "@path": "$.properties.referrer"
              }
            }
          }
        }
      },
      "device": {
        "@path": "$.context.device"
      },
      "os": {
        "@path": "$.context.os"
      },
      "att_status": {
        "@if": {
          "exists": {
            "@path": "$.properties.att_status"
          },
          "then": {
            "@path": "$.properties.att_status"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.device.attStatus"
              },
              "then": {
                "@path": "$.context.device.attStatus"
              },
              "else": {
                "@path": "$.context.device.trackingStatus"
              }
            }
          }
        }
      },
      "ad": {
        "callback": {
          "@if": {
            "exists": {
              "@path": "$.properties.callback"
            },
            "then": {
              "@path": "$.properties.callback"
            },
            "else": {
              "@path": "$.properties.callBack"
            }
          }
        },
        "campaign_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.campaign_id"
            },
            "then": {
              "@path": "$.properties.campaign_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.campaignId"
                },
                "then": {
                  "@path": "$.properties.campaignId"
                },
                "else": {
                  "@if": {
                    "exists": {
                      "@path": "$.properties.campaign.id"
                    },
                    "then": {
                      "@path": "$.properties.campaign.id"
                    },
                    "else": {
                      "@if": {
                        "exists": {
                          "@path": "$.properties.campaign.name"
                        },
                        "then": {
                          "@path": "$.properties.campaign.name"
                        },
                        "else": {
                          "@path": "$.context.campaign.id"
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        },
        "ad_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.ad_id"
            },
            "then": {
              "@path": "$.properties.ad_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.adId"
                },
                "then": {
                  "@path": "$.properties.adId"
                },
                "else": {
                  "@path": "$.properties.campaign.ad_group"
                }
              }
            }
          }
        },
        "creative_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.creative_id"
            },
            "then": {
              "@path": "$.properties.creative_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.creativeId"
                },
                "then": {
                  "@path": "$.properties.creativeId"
                },
                "else": {
                  "@path": "$.properties.campaign.ad_creative"
                }
              }
            }
          }
        },
        "is_retargeting": {
          "@if": {
            "exists": {
              "@path": "$.properties.is_retargeting"
            },
            "then": {
              "@path": "$.properties.is_retargeting"
            },
            "else": {
              "@path": "$.properties.isRetargeting"
            }
          }
        },
        "attributed": {
          "@path": "$.properties.attributed"
        },
        "attribution_type": {
          "@if": {
            "exists": {
              "@path": "$.properties.attribution_type"
            },
            "then": {
              "@path": "$.properties.attribution_type"
            },
            "else": {
              "@path": "$.properties.attributionType"
            }
          }
        },
        "attribution_provider": {
          "@if": {
            "exists": {
              "@path": "$.properties.attribution_provider"
            },
            "then": {
              "@path": "$.properties.attribution_provider"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.attributionProvider"
                },
                "then": {
                  "@path": "$.properties.attributionProvider"
                },
                "else": {
                  "@if": {
                    "exists": {
                      "@path": "$.properties.provider"
                    },
                    "then": {
                      "@path": "$.properties.provider"
                    },
                    "else": {
                      "@path": "$.context.referrer.type"
                    }
                  }
                }
              }
            }
          }
        }
      },
      "app": {
        "@path": "$.context.app"
      },
      "contents": {
        "@if": {
          "exists": {
            "@path": "$.properties.contents"
          },
          "then": {
            "@arrayPath": [
              "$.properties.contents",
              {
                "content_id": {
                  "@path": "$.content_id"
                },
                "content_name": {
                  "@path": "$.content_name"
                },
                "content_category": {
                  "@path": "$.content_category"
                },
                "brand": {
                  "@path": "$.brand"
                },
                "price": {
                  "@path": "$.price"
                },
                "quantity": {
                  "@path": "$.quantity"
                }
              }
            ]
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.products"
              },
              "then": {
                "@arrayPath": [
                  "$.properties.products",
                  {
                    "content_id": {
                      "@if": {
                        "exists": {
                          "@path": "$.product_id"
                        },
                        "then": {
                          "@path": "$.product_id"
                        },
                        "else": {
                          "@if": {
                            "exists": {
                              "@path": "$.productId"
                            },
                            "then": {
                              "@path": "$.productId"
                            },
                            "else": {
                              "@if": {
                                "exists": {
                                  "@path": "$.sku"
                                },
                                "then": {
                                  "@path": "$.sku"
                                },
                                "else": {
                                  "@path": "$.id"
                                }
                              }
                            }
                          }
                        }
                      }
                    },
                    "content_name": {
                      "@path": "$.name"
                    },
                    "content_category": {
                      "@path": "$.category"
                    },
                    "brand": {
                      "@path": "$.brand"
                    },
                    "price": {
                      "@path": "$.price"
                    },
                    "quantity": {
                      "@path": "$.quantity"
                    }
                  }
                ]
              },
              "else": {
                "@if": {
                  "exists": {
                    "@if": {
                      "exists": {
                        "@path": "$.properties.product_id"
                      },
                      "then": {
                        "@path": "$.properties.product_id"
                      },
                      "else": {
                        "@if": {
                          "exists": {
                            "@path": "$.properties.productId"
                          },
                          "then": {
                            "@path": "$.properties.productId"
                          },
                          "else": {
                            "@path": "$.properties.sku"
                          }
                        }
                      }
                    }
                  },
                  "then": [
                    {
                      "content_id": {
                        "@if": {
                          "exists": {
                            "@path": "$.properties.product_id"
                          },
                          "then": {
                            "@path": "$.properties.product_id"
                          },
                          "else": {
                            "@if": {
                              "exists": {
                                "@path": "$.properties.productId"
                              },
                              "then": {
                                "@path": "$.properties.productId"
                              },
                              "else": {
                                "@path": "$.properties.sku"
                              }
                            }
                          }
                        }
                      },
                      "content_name": {
                        "@path": "$.properties.name"
                      },
                      "content_category": {
                        "@path": "$.properties.category"
                      },
                      "brand": {
                        "@path": "$.properties.brand"
                      },
                      "price": {
                        "@path": "$.properties.price"
                      },
                      "quantity": {
                        "@path": "$.properties.quantity"
                      }
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "content_ids": {
        "@path": "$.properties.content_ids"
      },
      "content_type": {
        "@if": {
          "exists": {
            "@path": "$.properties.content_type"
          },
          "then": {
            "@path": "$.properties.content_type"
          },
          "else": {
            "@path": "$.properties.contentType"
          }
        }
      },
      "currency": {
        "@if": {
          "exists": {
            "@path": "$.properties.currency"
          },
          "then": {
            "@path": "$.properties.currency"
          },
          "else": "USD"
        }
      },
      "value": {
        "@if": {
          "exists": {
            "@path": "$.properties.revenue"
          },
          "then": {
            "@path": "$.properties.revenue"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.total"
              },
              "then": {
                "@path": "$.properties.total"
              },
              "else": {
                "@path": "$.properties.value"
              }
            }
          }
        }
      },
      "num_items": {
        "@if": {
          "exists": {
            "@path": "$.properties.num_items"
          },
          "then": {
            "@path": "$.properties.num_items"
          },
          "else": {
            "@path": "$.properties.quantity"
          }
        }
      },
      "order_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.order_id"
          },
          "then": {
            "@path": "$.properties.order_id"
          },
          "else": {
            "@path": "$.properties.orderId"
          }
        }
      },
      "shop_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.shop_id"
          },
          "then": {
            "@path": "$.properties.shop_id"
          },
          "else": {
            "@path": "$.properties.shopId"
          }
        }
      },
      "description": {
        "@path": "$.properties.description"
      },
      "lead_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.lead_id"
          },
          "then": {
            "@path": "$.properties.lead_id"
          },
          "else": {
            "@path": "$.properties.leadId"
          }
        }
      },
      "lead_event_source": {
        "@if": {
          "exists": {
            "@path": "$.properties.lead_event_source"
          },
          "then": {
            "@path": "$.properties.lead_event_source"
          },
          "else": {
            "@path": "$.properties.leadEventSource"
          }
        }
      },
      "custom_properties": {
        "delivery_category": {
          "@path": "$.properties.delivery_category"
        },
        "predicted_ltv": {
          "@path": "$.properties.predicted_ltv"
        }
      },
      "consent_preferences": {
        "@path": "$.context.consent.categoryPreferences"
      },
      "consent_management": {
        "@path": "$.context.consentManagement"
      },
      "gpc": {
        "@path": "$.context.gpc"
      },
      "limited_data_use": {
        "@path": "$.properties.limited_data_use"
      }
    },
    "type": "automatic"
  },
  {
    "name": "Download",
    "subscribe": "type = \"track\" and (event = \"Download Completed\" or event = \"download completed\" or event = \"Download completed\" or event = \"DOWNLOAD COMPLETED\" or event = \"File Downloaded\" or event = \"file downloaded\" or event = \"File downloaded\" or event = \"FILE DOWNLOADED\" or event = \"App Downloaded\" or event = \"app downloaded\" or event = \"App downloaded\" or event = \"APP DOWNLOADED\" or event = \"Download Link Clicked\" or event = \"download link clicked\" or event = \"Download link clicked\" or event = \"DOWNLOAD LINK CLICKED\")",
    "partnerAction": "reportEvent",
    "mapping": {
      "event": "Download",
      "event_source": {
        "@if": {
          "exists": {
            "@path": "$.properties.event_source"
          },
          "then": {
            "@path": "$.properties.event_source"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.eventSource"
              },
              "then": {
                "@path": "$.properties.eventSource"
              },
              "else": {
                "@path": "$.channel"
              }
            }
          }
        }
      },
      "event_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.event_id"
          },
          "then": {
            "@path": "$.properties.event_id"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.eventId"
              },
              "then": {
                "@path": "$.properties.eventId"
              },
              "else": {
                "@path": "$.messageId"
              }
            }
          }
        }
      },
      "timestamp": {
        "@if": {
          "exists": {
            "@path": "$.timestamp"
          },
          "then": {
            "@path": "$.timestamp"
          },
          "else": {
            "@path": "$.originalTimestamp"
          }
        }
      },
      "email": {
        "@if": {
          "exists": {
            "@path": "$.properties.email"
          },
          "then": {
            "@path": "$.properties.email"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.email"
              },
              "then": {
                "@path": "$.context.traits.email"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.context.user.email"
                  },
                  "then": {
                    "@path": "$.context.user.email"
                  },
                  "else": {
                    "@path": "$.properties.context.user.email"
                  }
                }
              }
            }
          }
        }
      },
      "phone": {
        "@if": {
          "exists": {
            "@path": "$.properties.phone"
          },
          "then": {
            "@path": "$.properties.phone"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.phone"
              },
              "then": {
                "@path": "$.context.traits.phone"
              },
              "else": {
                "@path": "$.properties.context.user.phone"
              }
            }
          }
        }
      },
      "typed_external_ids": {
        "@path": "$.context.externalId"
      },
      "user_id": {
        "@path": "$.userId"
      },
      "anonymous_id": {
        "@path": "$.anonymousId"
      },
      "first_name": {
        "@if": {
          "exists": {
            "@path": "$.properties.first_name"
          },
          "then": {
            "@path": "$.properties.first_name"
          },
          "else": {
            "@path": "$.context.traits.firstName"
          }
        }
      },
      "last_name": {
        "@if": {
          "exists": {
            "@path": "$.properties.last_name"
          },
          "then": {
            "@path": "$.properties.last_name"
          },
          "else": {
            "@path": "$.context.traits.lastName"
          }
        }
      },
      "user_traits": {
        "@path": "$.context.traits"
      },
      "zip_code": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.postal_code"
          },
          "then": {
            "@path": "$.properties.address.postal_code"
          },
          "else": {
            "@path": "$.context.traits.address.postalCode"
          }
        }
      },
      "city": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.city"
          },
          "then": {
            "@path": "$.properties.address.city"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.city"
              },
              "then": {
                "@path": "$.context.traits.address.city"
              },
              "else": {
                "@path": "$.properties.city"
              }
            }
          }
        }
      },
      "state": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.state"
          },
          "then": {
            "@path": "$.properties.address.state"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.state"
              },
              "then": {
                "@path": "$.context.traits.address.state"
              },
              "else": {
                "@path": "$.properties.state"
              }
            }
          }
        }
      },
      "country": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.country"
          },
          "then": {
            "@path": "$.properties.address.country"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.country"
              },
              "then": {
                "@path": "$.context.traits.address.country"
              },
              "else": {
                "@path": "$.properties.country"
              }
            }
          }
        }
      },
      "ttp": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttp"
          },
          "then": {
            "@path": "$.properties.ttp"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttp"
              },
              "then": {
                "@path": "$.context.ttp"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.integrations.TikTok Conversions.ttp"
                  },
                  "then": {
                    "@path": "$.integrations.TikTok Conversions.ttp"
                  },
                  "else": {
                    "@if": {
                      "exists": {
                        "@path": "$.integrations.TikTok.ttp"
                      },
                      "then": {
                        "@path": "$.integrations.TikTok.ttp"
                      },
                      "else": {
                        "@path": "$.properties.context.user.ttp"
                      }
                    }
                  }
                }
              }
            }
          }
        }
      },
      "ttclid": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttclid"
          },
          "then": {
            "@path": "$.properties.ttclid"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttclid"
              },
              "then": {
                "@path": "$.context.ttclid"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.integrations.TikTok Conversions.ttclid"
                  },
                  "then": {
                    "@path": "$.integrations.TikTok Conversions.ttclid"
                  },
                  "else": {
                    "@path": "$.integrations.TikTok.ttclid"
                  }
                }
              }
            }
          }
        }
      },
      "ip": {
        "@if": {
          "exists": {
            "@path": "$.context.ip"
          },
          "then": {
            "@path": "$.context.ip"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.user.ip"
              },
              "then": {
                "@path": "$.properties.context.user.ip"
              },
              "else": {
                "@path": "$.request_ip"
              }
            }
          }
        }
      },
      "user_agent": {
        "@if": {
          "exists": {
            "@path": "$.context.userAgent"
          },
          "then": {
            "@path": "$.context.userAgent"
          },
          "else": {
            "@path": "$.properties.context.user.userAgent"
          }
        }
      },
      "locale": {
        "@if": {
          "exists": {
            "@path": "$.context.locale"
          },
          "then": {
            "@path": "$.context.locale"
          },
          "else": {
            "@path": "$.properties.context.user.locale"
          }
        }
      },
      "url": {
        "@if": {
          "exists": {
            "@path": "$.context.page.url"
          },
          "then": {
            "@path": "$.context.page.url"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.page.url"
              },
              "then": {
                "@path": "$.properties.context.page.url"
              },
              "else": {
                "@path": "$.properties.url"
              }
            }
          }
        }
      },
      "referrer": {
        "@if": {
          "exists": {
            "@path": "$.context.page.referrer"
          },
          "then": {
            "@path": "$.context.page.referrer"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.page.referrer"
              },
              "then": {
                "@path": "$.properties.context.page.referrer"
              },
              "else": {
                "@path": "$.properties.referrer"
              }
            }
          }
        }
      },
      "device": {
        "@path": "$.context.device"
      },
      "os": {
        "@path": "$.context.os"
      },
      "att_status": {
        "@if": {
          "exists": {
            "@path": "$.properties.att_status"
          },
          "then": {
            "@path": "$.properties.att_status"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.device.attStatus"
              },
              "then": {
                "@path": "$.context.device.attStatus"
              },
              "else": {
                "@path": "$.context.device.trackingStatus"
              }
            }
          }
        }
      },
      "ad": {
        "callback": {
          "@if": {
            "exists": {
              "@path": "$.properties.callback"
            },
            "then": {
              "@path": "$.properties.callback"
            },
            "else": {
              "@path": "$.properties.callBack"
            }
          }
        },
        "campaign_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.campaign_id"
            },
            "then": {
              "@path": "$.properties.campaign_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.campaignId"
                },
                "then": {
                  "@path": "$.properties.campaignId"
                },
                "else": {
                  "@if": {
                    "exists": {
                      "@path": "$.properties.campaign.id"
                    },
                    "then": {
                      "@path": "$.properties.campaign.id"
                    },
                    "else": {
                      "@if": {
                        "exists": {
                          "@path": "$.properties.campaign.name"
                        },
                        "then": {
                          "@path": "$.properties.campaign.name"
                        },
                        "else": {
                          "@path": "$.context.campaign.id"
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        },
        "ad_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.ad_id"
            },
            "then": {
              "@path": "$.properties.ad_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.adId"
                },
                "then": {
                  "@path": "$.properties.adId"
                },
                "else": {
                  "@path": "$.properties.campaign.ad_group"
                }
              }
            }
          }
        },
        "creative_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.creative_id"
            },
            "then": {
              "@path": "$.properties.creative_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.creativeId"
                },
                "then": {
                  "@path": "$.properties.creativeId"
                },
                "else": {
                  "@path": "$.properties.campaign.ad_creative"
                }
              }
            }
          }
        },
        "is_retargeting": {
          "@if": {
            "exists": {
              "@path": "$.properties.is_retargeting"
            },
            "then": {
              "@path": "$.properties.is_retargeting"
            },
            "else": {
              "@path": "$.properties.isRetargeting"
            }
          }
        },
        "attributed": {
          "@path": "$.properties.attributed"
        },
        "attribution_type": {
          "@if": {
            "exists": {
              "@path": "$.properties.attribution_type"
            },
            "then": {
              "@path": "$.properties.attribution_type"
            },
            "else": {
              "@path": "$.properties.attributionType"
            }
          }
        },
        "attribution_provider": {
          "@if": {
            "exists": {
              "@path": "$.properties.attribution_provider"
            },
            "then": {
              "@path": "$.properties.attribution_provider"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.attributionProvider"
                },
                "then": {
                  "@path": "$.properties.attributionProvider"
                },
                "else": {
                  "@if": {
                    "exists": {
                      "@path": "$.properties.provider"
                    },
                    "then": {
                      "@path": "$.properties.provider"
                    },
                    "else": {
                      "@path": "$.context.referrer.type"
                    }
                  }
                }
              }
            }
          }
        }
      },
      "app": {
        "@path": "$.context.app"
      },
      "contents": {
        "@if": {
          "exists": {
            "@path": "$.properties.contents"
          },
          "then": {
            "@arrayPath": [
              "$.properties.contents",
              {
                "content_id": {
                  "@path": "$.content_id"
                },
                "content_name": {
                  "@path": "$.content_name"
                },
                "content_category": {
                  "@path": "$.content_category"
                },
                "brand": {
                  "@path": "$.brand"
                },
                "price": {
                  "@path": "$.price"
                },
                "quantity": {
                  "@path": "$.quantity"
                }
              }
            ]
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.products"
              },
              "then": {
                "@arrayPath": [
                  "$.properties.products",
                  {
                    "content_id": {
                      "@if": {
                        "exists": {
                          "@path": "$.product_id"
                        },
                        "then": {
                          "@path": "$.product_id"
                        },
                        "else": {
                          "@if": {
                            "exists": {
                              "@path": "$.productId"
                            },
                            "then": {
                              "@path": "$.productId"
                            },
                            "else": {
                              "@if": {
                                "exists": {
                                  "@path": "$.sku"
                                },
                                "then": {
                                  "@path": "$.sku"
                                },
                                "else": {
                                  "@path": "$.id"
                                }
                              }
                            }
                          }
                        }
                      }
                    },
                    "content_name": {
                      "@path": "$.name"
                    },
                    "content_category": {
                      "@path": "$.category"
                    },
                    "brand": {
                      "@path": "$.brand"
                    },
                    "price": {
                      "@path": "$.price"
                    },
                    "quantity": {
                      "@path": "$.quantity"
                    }
                  }
                ]
              },
              "else": {
                "@if": {
                  "exists": {
                    "@if": {
                      "exists": {
                        "@path": "$.properties.product_id"
                      },
                      "then": {
                        "@path": "$.properties.product_id"
                      },
                      "else": {
                        "@if": {
                          "exists": {
                            "@path": "$.properties.productId"
                          },
                          "then": {
                            "@path": "$.properties.productId"
                          },
                          "else": {
                            "@path": "$.properties.sku"
                          }
                        }
                      }
                    }
                  },
                  "then": [
                    {
                      "content_id": {
                        "@if": {
                          "exists": {
                            "@path": "$.properties.product_id"
                          },
                          "then": {
                            "@path": "$.properties.product_id"
                          },
                          "else": {
                            "@if": {
                              "exists": {
                                "@path": "$.properties.productId"
                              },
                              "then": {
                                "@path": "$.properties.productId"
                              },
                              "else": {
                                "@path": "$.properties.sku"
                              }
                            }
                          }
                        }
                      },
                      "content_name": {
                        "@path": "$.properties.name"
                      },
                      "content_category": {
                        "@path": "$.properties.category"
                      },
                      "brand": {
                        "@path": "$.properties.brand"
                      },
                      "price": {
                        "@path": "$.properties.price"
                      },
                      "quantity": {
                        "@path": "$.properties.quantity"
                      }
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "content_ids": {
        "@path": "$.properties.content_ids"
      },
      "content_type": {
        "@if": {
          "exists": {
            "@path": "$.properties.content_type"
          },
          "then": {
            "@path": "$.properties.content_type"
          },
          "else": {
            "@path": "$.properties.contentType"
          }
        }
      },
      "currency": {
        "@path": "$.properties.currency"
      },
      "value": {
        "@if": {
          "exists": {
            "@path": "$.properties.revenue"
          },
          "then": {
            "@path": "$.properties.revenue"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.total"
              },
              "then": {
                "@path": "$.properties.total"
              },
              "else": {
                "@path": "$.properties.value"
              }
            }
          }
        }
      },
      "num_items": {
        "@if": {
          "exists": {
            "@path": "$.properties.num_items"
          },
          "then": {
            "@path": "$.properties.num_items"
          },
          "else": {
            "@path": "$.properties.quantity"
          }
        }
      },
      "order_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.order_id"
          },
          "then": {
            "@path": "$.properties.order_id"
          },
          "else": {
            "@path": "$.properties.orderId"
          }
        }
      },
      "shop_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.shop_id"
          },
          "then": {
            "@path": "$.properties.shop_id"
          },
          "else": {
            "@path": "$.properties.shopId"
          }
        }
      },
      "description": {
        "@if": {
          "exists": {
            "@path": "$.properties.file_name"
          },
          "then": {
            "@path": "$.properties.file_name"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.name"
              },
              "then": {
                "@path": "$.properties.name"
              },
              "else": {
                "@path": "$.properties.description"
              }
            }
          }
        }
      },
      "lead_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.lead_id"
          },
          "then": {
            "@path": "$.properties.lead_id"
          },
          "else": {
            "@path": "$.properties.leadId"
          }
        }
      },
      "lead_event_source": {
        "@if": {
          "exists": {
            "@path": "$.properties.lead_event_source"
          },
          "then": {
            "@path": "$.properties.lead_event_source"
          },
          "else": {
            "@path": "$.properties.leadEventSource"
          }
        }
      },
      "custom_properties": {
        "delivery_category": {
          "@path": "$.properties.delivery_category"
        },
        "predicted_ltv": {
          "@path": "$.properties.predicted_ltv"
        }
      },
      "consent_preferences": {
        "@path": "$.context.consent.categoryPreferences"
      },
      "consent_management": {
        "@path": "$.context.consentManagement"
      },
      "gpc": {
        "@path": "$.context.gpc"
      },
      "limited_data_use": {
        "@path": "$.properties.limited_data_use"
      }
    },
    "type": "automatic"
  },
  {
    "name": "Find Location",
    "subscribe": "type = \"track\" and (event = \"Store Located\" or event = \"store located\" or event = \"Store located\" or event = \"STORE LOCATED\" or event = \"Location Found\" or event = \"location found\" or event = \"Location found\" or event = \"LOCATION FOUND\" or event = \"Location Searched\" or event = \"location searched\" or event = \"Location searched\" or event = \"LOCATION SEARCHED\")",
    "partnerAction": "reportEvent",
    "mapping": {
      "event": "FindLocation",
      "event_source": {
        "@if": {
          "exists": {
            "@path": "$.properties.event_source"
          },
          "then": {
            "@path": "$.properties.event_source"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.eventSource"
              },
              "then": {
                "@path": "$.properties.eventSource"
              },
              "else": {
                "@path": "$.channel"
              }
            }
          }
        }
      },
      "event_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.event_id"
          },
          "then": {
            "@path": "$.properties.event_id"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.eventId"
              },
              "then": {
                "@path": "$.properties.eventId"
              },
              "else": {
                "@path": "$.messageId"
              }
            }
          }
        }
      },
      "timestamp": {
        "@if": {
          "exists": {
            "@path": "$.timestamp"
          },
          "then": {
            "@path": "$.timestamp"
          },
          "else": {
            "@path": "$.originalTimestamp"
          }
        }
      },
      "email": {
        "@if": {
          "exists": {
            "@path": "$.properties.email"
          },
          "then": {
            "@path": "$.properties.email"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.email"
              },
              "then": {
                "@path": "$.context.traits.email"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.context.user.email"
                  },
                  "then": {
                    "@path": "$.context.user.email"
                  },
                  "else": {
                    "@path": "$.properties.context.user.email"
                  }
                }
              }
            }
          }
        }
      },
      "phone": {
        "@if": {
          "exists": {
            "@path": "$.properties.phone"
          },
          "then": {
            "@path": "$.properties.phone"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.phone"
              },
              "then": {
                "@path": "$.context.traits.phone"
              },
              "else": {
                "@path": "$.properties.context.user.phone"
              }
            }
          }
        }
      },
      "typed_external_ids": {
        "@path": "$.context.externalId"
      },
      "user_id": {
        "@path": "$.userId"
      },
      "anonymous_id": {
        "@path": "$.anonymousId"
      },
      "first_name": {
        "@if": {
          "exists": {
            "@path": "$.properties.first_name"
          },
          "then": {
            "@path": "$.properties.first_name"
          },
          "else": {
            "@path": "$.context.traits.firstName"
          }
        }
      },
      "last_name": {
        "@if": {
          "exists": {
            "@path": "$.properties.last_name"
          },
          "then": {
            "@path": "$.properties.last_name"
          },
          "else": {
            "@path": "$.context.traits.lastName"
          }
        }
      },
      "user_traits": {
        "@path": "$.context.traits"
      },
      "zip_code": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.postal_code"
          },
          "then": {
            "@path": "$.properties.address.postal_code"
          },
          "else": {
            "@path": "$.context.traits.address.postalCode"
          }
        }
      },
      "city": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.city"
          },
          "then": {
            "@path": "$.properties.address.city"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.city"
              },
              "then": {
                "@path": "$.context.traits.address.city"
              },
              "else": {
                "@path": "$.properties.city"
              }
            }
          }
        }
      },
      "state": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.state"
          },
          "then": {
            "@path": "$.properties.address.state"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.state"
              },
              "then": {
                "@path": "$.context.traits.address.state"
              },
              "else": {
                "@path": "$.properties.state"
              }
            }
          }
        }
      },
      "country": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.country"
          },
          "then": {
            "@path": "$.properties.address.country"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.country"
              },
              "then": {
                "@path": "$.context.traits.address.country"
              },
              "else": {
                "@path": "$.properties.country"
              }
            }
          }
        }
      },
      "ttp": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttp"
          },
          "then": {
            "@path": "$.properties.ttp"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttp"
              },
              "then": {
                "@path": "$.context.ttp"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.integrations.TikTok Conversions.ttp"
                  },
                  "then": {
                    "@path": "$.integrations.TikTok Conversions.ttp"
                  },
                  "else": {
                    "@if": {
                      "exists": {
                        "@path": "$.integrations.TikTok.ttp"
                      },
                      "then": {
                        "@path": "$.integrations.TikTok.ttp"
                      },
                      "else": {
                        "@path": "$.properties.context.user.ttp"
                      }
                    }
                  }
                }
              }
            }
          }
        }
      },
      "ttclid": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttclid"
          },
          "then": {
            "@path": "$.properties.ttclid"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttclid"
              },
              "then": {
                "@path": "$.context.ttclid"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.integrations.TikTok Conversions.ttclid"
                  },
                  "then": {
                    "@path": "$.integrations.TikTok Conversions.ttclid"
                  },
                  "else": {
                    "@path": "$.integrations.TikTok.ttclid"
                  }
                }
              }
            }
          }
        }
      },
      "ip": {
        "@if": {
          "exists": {
            "@path": "$.context.ip"
          },
          "then": {
            "@path": "$.context.ip"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.user.ip"
              },
              "then": {
                "@path": "$.properties.context.user.ip"
              },
              "else": {
                "@path": "$.request_ip"
              }
            }
          }
        }
      },
      "user_agent": {
        "@if": {
          "exists": {
            "@path": "$.context.userAgent"
          },
          "then": {
            "@path": "$.context.userAgent"
          },
          "else": {
            "@path": "$.properties.context.user.userAgent"
          }
        }
      },
      "locale": {
        "@if": {
          "exists": {
            "@path": "$.context.locale"
          },
          "then": {
            "@path": "$.context.locale"
          },
          "else": {
            "@path": "$.properties.context.user.locale"
          }
        }
      },
      "url": {
        "@if": {
          "exists": {
            "@path": "$.context.page.url"
          },
          "then": {
            "@path": "$.context.page.url"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.page.url"
              },
              "then": {
                "@path": "$.properties.context.page.url"
              },
              "else": {
                "@path": "$.properties.url"
              }
            }
          }
        }
      },
      "referrer": {
        "@if": {
          "exists": {
            "@path": "$.context.page.referrer"
          },
          "then": {
            "@path": "$.context.page.referrer"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.page.referrer"
              },
              "then": {
                "@path": "$.properties.context.page.referrer"
              },
              "else": {
                "@path": "$.properties.referrer"
              }
            }
          }
        }
      },
      "device": {
        "@path": "$.context.device"
      },
      "os": {
        "@path": "$.context.os"
      },
      "att_status": {
        "@if": {
          "exists": {
            "@path": "$.properties.att_status"
          },
          "then": {
            "@path": "$.properties.att_status"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.device.attStatus"
              },
              "then": {
                "@path": "$.context.device.attStatus"
              },
              "else": {
                "@path": "$.context.device.trackingStatus"
              }
            }
          }
        }
      },
      "ad": {
        "callback": {
          "@if": {
            "exists": {
              "@path": "$.properties.callback"
            },
            "then": {
              "@path": "$.properties.callback"
            },
            "else": {
              "@path": "$.properties.callBack"
            }
          }
        },
        "campaign_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.campaign_id"
            },
            "then": {
              "@path": "$.properties.campaign_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.campaignId"
                },
                "then": {
                  "@path": "$.properties.campaignId"
                },
                "else": {
                  "@if": {
                    "exists": {
                      "@path": "$.properties.campaign.id"
                    },
                    "then": {
                      "@path": "$.properties.campaign.id"
                    },
                    "else": {
                      "@if": {
                        "exists": {
                          "@path": "$.properties.campaign.name"
                        },
                        "then": {
                          "@path": "$.properties.campaign.name"
                        },
                        "else": {
                          "@path": "$.context.campaign.id"
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        },
        "ad_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.ad_id"
            },
            "then": {
              "@path": "$.properties.ad_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.adId"
                },
                "then": {
                  "@path": "$.properties.adId"
                },
                "else": {
                  "@path": "$.properties.campaign.ad_group"
                }
              }
            }
          }
        },
        "creative_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.creative_id"
            },
            "then": {
              "@path": "$.properties.creative_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.creativeId"
                },
                "then": {
                  "@path": "$.properties.creativeId"
                },
                "else": {
                  "@path": "$.properties.campaign.ad_creative"
                }
              }
            }
          }
        },
        "is_retargeting": {
          "@if": {
            "exists": {
              "@path": "$.properties.is_retargeting"
            },
            "then": {
              "@path": "$.properties.is_retargeting"
            },
            "else": {
              "@path": "$.properties.isRetargeting"
            }
          }
        },
        "attributed": {
          "@path": "$.properties.attributed"
        },
        "attribution_type": {
          "@if": {
            "exists": {
              "@path": "$.properties.attribution_type"
            },
            "then": {
              "@path": "$.properties.attribution_type"
            },
            "else": {
              "@path": "$.properties.attributionType"
            }
          }
        },
        "attribution_provider": {
          "@if": {
            "exists": {
              "@path": "$.properties.attribution_provider"
            },
            "then": {
              "@path": "$.properties.attribution_provider"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.attributionProvider"
                },
                "then": {
                  "@path": "$.properties.attributionProvider"
                },
                "else": {
                  "@if": {
                    "exists": {
                      "@path": "$.properties.provider"
                    },
                    "then": {
                      "@path": "$.properties.provider"
                    },
                    "else": {
                      "@path": "$.context.referrer.type"
                    }
                  }
                }
              }
            }
          }
        }
      },
      "app": {
        "@path": "$.context.app"
      },
      "contents": {
        "@if": {
          "exists": {
            "@path": "$.properties.contents"
          },
          "then": {
            "@arrayPath": [
              "$.properties.contents",
              {
                "content_id": {
                  "@path": "$.content_id"
                },
                "content_name": {
                  "@path": "$.content_name"
                },
                "content_category": {
                  "@path": "$.content_category"
                },
                "brand": {
                  "@path": "$.brand"
                },
                "price": {
                  "@path": "$.price"
                },
                "quantity": {
                  "@path": "$.quantity"
                }
              }
            ]
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.products"
              },
              "then": {
                "@arrayPath": [
                  "$.properties.products",
                  {
                    "content_id": {
                      "@if": {
                        "exists": {
                          "@path": "$.product_id"
                        },
                        "then": {
                          "@path": "$.product_id"
                        },
                        "else": {
                          "@if": {
                            "exists": {
                              "@path": "$.productId"
                            },
                            "then": {
                              "@path": "$.productId"
                            },
                            "else": {
                              "@if": {
                                "exists": {
                                  "@path": "$.sku"
                                },
                                "then": {
                                  "@path": "$.sku"
                                },
                                "else": {
                                  "@path": "$.id"
                                }
                              }
                            }
                          }
                        }
                      }
                    },
                    "content_name": {
                      "@path": "$.name"
                    },
                    "content_category": {
                      "@path": "$.category"
                    },
                    "brand": {
                      "@path": "$.brand"
                    },
                    "price": {
                      "@path": "$.price"
                    },
                    "quantity": {
                      "@path": "$.quantity"
                    }
                  }
                ]
              },
              "else": {
                "@if": {
                  "exists": {
                    "@if": {
                      "exists": {
                        "@path": "$.properties.product_id"
                      },
                      "then": {
                        "@path": "$.properties.product_id"
                      },
                      "else": {
                        "@if": {
                          "exists": {
                            "@path": "$.properties.productId"
                          },
                          "then": {
                            "@path": "$.properties.productId"
                          },
                          "else": {
                            "@path": "$.properties.sku"
                          }
                        }
                      }
                    }
                  },
                  "then": [
                    {
                      "content_id": {
                        "@if": {
                          "exists": {
                            "@path": "$.properties.product_id"
                          },
                          "then": {
                            "@path": "$.properties.product_id"
                          },
                          "else": {
                            "@if": {
                              "exists": {
                                "@path": "$.properties.productId"
                              },
                              "then": {
                                "@path": "$.properties.productId"
                              },
                              "else": {
                                "@path": "$.properties.sku"
                              }
                            }
                          }
                        }
                      },
                      "content_name": {
                        "@path": "$.properties.name"
                      },
                      "content_category": {
                        "@path": "$.properties.category"
                      },
                      "brand": {
                        "@path": "$.properties.brand"
                      },
                      "price": {
                        "@path": "$.properties.price"
                      },
                      "quantity": {
                        "@path": "$.properties.quantity"
                      }
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "content_ids": {
        "@path": "$.properties.content_ids"
      },
      "content_type": {
        "@if": {
          "exists": {
            "@path": "$.properties.content_type"
          },
          "then": {
            "@path": "$.properties.content_type"
          },
          "else": {
            "@path": "$.properties.contentType"
          }
        }
      },
      "currency": {
        "@path": "$.properties.currency"
      },
      "value": {
        "@if": {
          "exists": {
            "@path": "$.properties.revenue"
          },
          "then": {
            "@path": "$.properties.revenue"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.total"
              },
              "then": {
                "@path": "$.properties.total"
              },
              "else": {
                "@path": "$.properties.value"
              }
            }
          }
        }
      },
      "num_items": {
        "@if": {
          "exists": {
            "@path": "$.properties.num_items"
          },
          "then": {
            "@path": "$.properties.num_items"
          },
          "else": {
            "@path": "$.properties.quantity"
          }
        }
      },
      "order_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.order_id"
          },
          "then": {
            "@path": "$.properties.order_id"
          },
          "else": {
            "@path": "$.properties.orderId"
          }
        }
      },
      "shop_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.shop_id"
          },
          "then": {
            "@path": "$.properties.shop_id"
          },
          "else": {
            "@path": "$.properties.shopId"
          }
        }
      },
      "description": {
        "@path": "$.properties.description"
      },
      "lead_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.lead_id"
          },
          "then": {
            "@path": "$.properties.lead_id"
          },
          "else": {
            "@path": "$.properties.leadId"
          }
        }
      },
      "lead_event_source": {
        "@if": {
          "exists": {
            "@path": "$.properties.lead_event_source"
          },
          "then": {
            "@path": "$.properties.lead_event_source"
          },
          "else": {
            "@path": "$.properties.leadEventSource"
          }
        }
      },
      "custom_properties": {
        "delivery_category": {
          "@path": "$.properties.delivery_category"
        },
        "predicted_ltv": {
          "@path": "$.properties.predicted_ltv"
        }
      },
      "consent_preferences": {
        "@path": "$.context.consent.categoryPreferences"
      },
      "consent_management": {
        "@path": "$.context.consentManagement"
      },
      "gpc": {
        "@path": "$.context.gpc"
      },
      "limited_data_use": {
        "@path": "$.properties.limited_data_use"
      },
      "search_string": {
        "@if": {
          "exists": {
            "@path": "$.properties.query"
          },
          "then": {
            "@path": "$.properties.query"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.location"
              },
              "then": {
                "@path": "$.properties.location"
              },
              "else": {
                "@path": "$.properties.address"
              }
            }
          }
        }
      }
    },
    "type": "automatic"
  },
  {
    "name": "Initiate Checkout",
    "subscribe": "type = \"track\" and (event = \"Checkout Started\" or event = \"checkout started\" or event = \"Checkout started\" or event = \"CHECKOUT STARTED\") and context.device.type != \"ios\" and context.device.type != \"iOS\" and context.device.type != \"IOS\" and context.device.type != \"android\" and context.device.type != \"Android\" and context.device.type != \"ANDROID\"",
    "partnerAction": "reportEvent",
    "mapping": {
      "event": "InitiateCheckout",
      "event_source": {
        "@if": {
          "exists": {
            "@path": "$.properties.event_source"
          },
          "then": {
            "@path": "$.properties.event_source"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.eventSource"
              },
              "then": {
                "@path": "$.properties.eventSource"
              },
              "else": {
                "@path": "$.channel"
              }
            }
          }
        }
      },
      "event_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.event_id"
          },
          "then": {
            "@path": "$.properties.event_id"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.eventId"
              },
              "then": {
                "@path": "$.properties.eventId"
              },
              "else": {
                "@path": "$.messageId"
              }
            }
          }
        }
      },
      "timestamp": {
        "@if": {
          "exists": {
            "@path": "$.timestamp"
          },
          "then": {
            "@path": "$.timestamp"
          },
          "else": {
            "@path": "$.originalTimestamp"
          }
        }
      },
      "email": {
        "@if": {
          "exists": {
            "@path": "$.properties.email"
          },
          "then": {
            "@path": "$.properties.email"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.email"
              },
              "then": {
                "@path": "$.context.traits.email"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.context.user.email"
                  },
                  "then": {
                    "@path": "$.context.user.email"
                  },
                  "else": {
                    "@path": "$.properties.context.user.email"
                  }
                }
              }
            }
          }
        }
      },
      "phone": {
        "@if": {
          "exists": {
            "@path": "$.properties.phone"
          },
          "then": {
            "@path": "$.properties.phone"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.phone"
              },
              "then": {
                "@path": "$.context.traits.phone"
              },
              "else": {
                "@path": "$.properties.context.user.phone"
              }
            }
          }
        }
      },
      "typed_external_ids": {
        "@path": "$.context.externalId"
      },
      "user_id": {
        "@path": "$.userId"
      },
      "anonymous_id": {
        "@path": "$.anonymousId"
      },
      "first_name": {
        "@if": {
          "exists": {
            "@path": "$.properties.first_name"
          },
          "then": {
            "@path": "$.properties.first_name"
          },
          "else": {
            "@path": "$.context.traits.firstName"
          }
        }
      },
      "last_name": {
        "@if": {
          "exists": {
            "@path": "$.properties.last_name"
          },
          "then": {
            "@path": "$.properties.last_name"
          },
          "else": {
            "@path": "$.context.traits.lastName"
          }
        }
      },
      "user_traits": {
        "@path": "$.context.traits"
      },
      "zip_code": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.postal_code"
          },
          "then": {
            "@path": "$.properties.address.postal_code"
          },
          "else": {
            "@path": "$.context.traits.address.postalCode"
          }
        }
      },
      "city": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.city"
          },
          "then": {
            "@path": "$.properties.address.city"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.city"
              },
              "then": {
                "@path": "$.context.traits.address.city"
              },
              "else": {
                "@path": "$.properties.city"
              }
            }
          }
        }
      },
      "state": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.state"
          },
          "then": {
            "@path": "$.properties.address.state"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.state"
              },
              "then": {
                "@path": "$.context.traits.address.state"
              },
              "else": {
                "@path": "$.properties.state"
              }
            }
          }
        }
      },
      "country": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.country"
          },
          "then": {
            "@path": "$.properties.address.country"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.country"
              },
              "then": {
                "@path": "$.context.traits.address.country"
              },
              "else": {
                "@path": "$.properties.country"
              }
            }
          }
        }
      },
      "ttp": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttp"
          },
          "then": {
            "@path": "$.properties.ttp"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttp"
              },
              "then": {
                "@path": "$.context.ttp"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.integrations.TikTok Conversions.ttp"
                  },
                  "then": {
                    "@path": "$.integrations.TikTok Conversions.ttp"
                  },
                  "else": {
                    "@if": {
                      "exists": {
                        "@path": "$.integrations.TikTok.ttp"
                      },
                      "then": {
                        "@path": "$.integrations.TikTok.ttp"
                      },
                      "else": {
                        "@path": "$.properties.context.user.ttp"
                      }
                    }
                  }
                }
              }
            }
          }
        }
      },
      "ttclid": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttclid"
          },
          "then": {
            "@path": "$.properties.ttclid"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttclid"
              },
              "then": {
                "@path": "$.context.ttclid"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.integrations.TikTok Conversions.ttclid"
                  },
                  "then": {
                    "@path": "$.integrations.TikTok Conversions.ttclid"
                  },
                  "else": {
                    "@path": "$.integrations.TikTok.ttclid"
                  }
                }
              }
            }
          }
        }
      },
      "ip": {
        "@if": {
          "exists": {
            "@path": "$.context.ip"
          },
          "then": {
            "@path": "$.context.ip"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.user.ip"
              },
              "then": {
                "@path": "$.properties.context.user.ip"
              },
              "else": {
                "@path": "$.request_ip"
              }
            }
          }
        }
      },
      "user_agent": {
        "@if": {
          "exists": {
            "@path": "$.context.userAgent"
          },
          "then": {
            "@path": "$.context.userAgent"
          },
          "else": {
            "@path": "$.properties.context.user.userAgent"
          }
        }
      },
      "locale": {
        "@if": {
          "exists": {
            "@path": "$.context.locale"
          },
          "then": {
            "@path": "$.context.locale"
          },
          "else": {
            "@path": "$.properties.context.user.locale"
          }
        }
      },
      "url": {
        "@if": {
          "exists": {
            "@path": "$.context.page.url"
          },
          "then": {
            "@path": "$.context.page.url"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.page.url"
              },
              "then": {
                "@path": "$.properties.context.page.url"
              },
              "else": {
                "@path": "$.properties.url"
              }
            }
          }
        }
      },
      "referrer": {
        "@if": {
          "exists": {
            "@path": "$.context.page.referrer"
          },
          "then": {
            "@path": "$.context.page.referrer"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.page.referrer"
              },
              "then": {
                "@path": "$.properties.context.page.referrer"
              },
              "else": {
                "@path": "$.properties.referrer"
              }
            }
          }
        }
      },
      "device": {
        "@path": "$.context.device"
      },
      "os": {
        "@path": "$.context.os"
      },
      "att_status": {
        "@if": {
          "exists": {
            "@path": "$.properties.att_status"
          },
          "then": {
            "@path": "$.properties.att_status"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.device.attStatus"
              },
              "then": {
                "@path": "$.context.device.attStatus"
              },
              "else": {
                "@path": "$.context.device.trackingStatus"
              }
            }
          }
        }
      },
      "ad": {
        "callback": {
          "@if": {
            "exists": {
              "@path": "$.properties.callback"
            },
            "then": {
              "@path": "$.properties.callback"
            },
            "else": {
              "@path": "$.properties.callBack"
            }
          }
        },
        "campaign_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.campaign_id"
            },
            "then": {
              "@path": "$.properties.campaign_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.campaignId"
                },
                "then": {
                  "@path": "$.properties.campaignId"
                },
                "else": {
                  "@if": {
                    "exists": {
                      "@path": "$.properties.campaign.id"
                    },
                    "then": {
                      "@path": "$.properties.campaign.id"
                    },
                    "else": {
                      "@if": {
                        "exists": {
                          "@path": "$.properties.campaign.name"
                        },
                        "then": {
                          "@path": "$.properties.campaign.name"
                        },
                        "else": {
                          "@path": "$.context.campaign.id"
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        },
        "ad_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.ad_id"
            },
            "then": {
              "@path": "$.properties.ad_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.adId"
                },
                "then": {
                  "@path": "$.properties.adId"
                },
                "else": {
                  "@path": "$.properties.campaign.ad_group"
                }
              }
            }
          }
        },
        "creative_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.creative_id"
            },
            "then": {
              "@path": "$.properties.creative_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.creativeId"
                },
                "then": {
                  "@path": "$.properties.creativeId"
                },
                "else": {
                  "@path": "$.properties.campaign.ad_creative"
                }
              }
            }
          }
        },
        "is_retargeting": {
          "@if": {
            "exists": {
              "@path": "$.properties.is_retargeting"
            },
            "then": {
              "@path": "$.properties.is_retargeting"
            },
            "else": {
              "@path": "$.properties.isRetargeting"
            }
          }
        },
        "attributed": {
          "@path": "$.properties.attributed"
        },
        "attribution_type": {
          "@if": {
            "exists": {
              "@path": "$.properties.attribution_type"
            },
            "then": {
              "@path": "$.properties.attribution_type"
            },
            "else": {
              "@path": "$.properties.attributionType"
            }
          }
        },
        "attribution_provider": {
          "@if": {
            "exists": {
              "@path": "$.properties.attribution_provider"
            },
            "then": {
              "@path": "$.properties.attribution_provider"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.attributionProvider"
                },
                "then": {
                  "@path": "$.properties.attributionProvider"
                },
                "else": {
                  "@if": {
                    "exists": {
                      "@path": "$.properties.provider"
                    },
                    "then": {
                      "@path": "$.properties.provider"
                    },
                    "else": {
                      "@path": "$.context.referrer.type"
                    }
                  }
                }
              }
            }
          }
        }
      },
      "app": {
        "@path": "$.context.app"
      },
      "contents": {
        "@if": {
          "exists": {
            "@path": "$.properties.contents"
          },
          "then": {
            "@arrayPath": [
              "$.properties.contents",
              {
                "content_id": {
                  "@path": "$.content_id"
                },
                "content_name": {
                  "@path": "$.content_name"
                },
                "content_category": {
                  "@path": "$.content_category"
                },
                "brand": {
                  "@path": "$.brand"
                },
                "price": {
                  "@path": "$.price"
                },
                "quantity": {
                  "@path": "$.quantity"
                }
              }
            ]
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.products"
              },
              "then": {
                "@arrayPath": [
                  "$.properties.products",
                  {
                    "content_id": {
                      "@if": {
                        "exists": {
                          "@path": "$.product_id"
                        },
                        "then": {
                          "@path": "$.product_id"
                        },
                        "else": {
                          "@if": {
                            "exists": {
                              "@path": "$.productId"
                            },
                            "then": {
                              "@path": "$.productId"
                            },
                            "else": {
                              "@if": {
                                "exists": {
                                  "@path": "$.sku"
                                },
                                "then": {
                                  "@path": "$.sku"
                                },
                                "else": {
                                  "@path": "$.id"
                                }
                              }
                            }
                          }
                        }
                      }
                    },
                    "content_name": {
                      "@path": "$.name"
                    },
                    "content_category": {
                      "@path": "$.category"
                    },
                    "brand": {
                      "@path": "$.brand"
                    },
                    "price": {
                      "@path": "$.price"
                    },
                    "quantity": {
                      "@path": "$.quantity"
                    }
                  }
                ]
              },
              "else": {
                "@if": {
                  "exists": {
                    "@if": {
                      "exists": {
                        "@path": "$.properties.product_id"
                      },
                      "then": {
                        "@path": "$.properties.product_id"
                      },
                      "else": {
                        "@if": {
                          "exists": {
                            "@path": "$.properties.productId"
                          },
                          "then": {
                            "@path": "$.properties.productId"
                          },
                          "else": {
                            "@path": "$.properties.sku"
                          }
                        }
                      }
                    }
                  },
                  "then": [
                    {
                      "content_id": {
                        "@if": {
                          "exists": {
                            "@path": "$.properties.product_id"
                          },
                          "then": {
                            "@path": "$.properties.product_id"
                          },
                          "else": {
                            "@if": {
                              "exists": {
                                "@path": "$.properties.productId"
                              },
                              "then": {
                                "@path": "$.properties.productId"
                              },
                              "else": {
                                "@path": "$.properties.sku"
                              }
                            }
                          }
                        }
                      },
                      "content_name": {
                        "@path": "$.properties.name"
                      },
                      "content_category": {
                        "@path": "$.properties.category"
                      },
                      "brand": {
                        "@path": "$.properties.brand"
                      },
                      "price": {
                        "@path": "$.properties.price"
                      },
                      "quantity": {
                        "@path": "$.properties.quantity"
                      }
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "content_ids": {
        "@path": "$.properties.content_ids"
      },
      "content_type": {
        "@if": {
          "exists": {
            "@path": "$.properties.content_type"
          },
          "then": {
            "@path": "$.properties.content_type"
          },
          "else": {
            "@path": "$.properties.contentType"
          }
        }
      },
      "currency": {
        "@if": {
          "exists": {
            "@path": "$.properties.currency"
          },
          "then": {
            "@path": "$.properties.currency"
          },
          "else": "USD"
        }
      },
      "value": {
        "@if": {
          "exists": {
            "@path": "$.properties.revenue"
          },
          "then": {
            "@path": "$.properties.revenue"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.total"
              },
              "then": {
                "@path": "$.properties.total"
              },
              "else": {
                "@path": "$.properties.value"
              }
            }
          }
        }
      },
      "num_items": {
        "@if": {
          "exists": {
            "@path": "$.properties.num_items"
          },
          "then": {
            "@path": "$.properties.num_items"
          },
          "else": {
            "@path": "$.properties.quantity"
          }
        }
      },
      "order_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.order_id"
          },
          "then": {
            "@path": "$.properties.order_id"
          },
          "else": {
            "@path": "$.properties.orderId"
          }
        }
      },
      "shop_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.shop_id"
          },
          "then": {
            "@path": "$.properties.shop_id"
          },
          "else": {
            "@path": "$.properties.shopId"
          }
        }
      },
      "description": {
        "@path": "$.properties.description"
      },
      "lead_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.lead_id"
          },
          "then": {
            "@path": "$.properties.lead_id"
          },
          "else": {
            "@path": "$.properties.leadId"
          }
        }
      },
      "lead_event_source": {
        "@if": {
          "exists": {
            "@path": "$.properties.lead_event_source"
          },
          "then": {
            "@path": "$.properties.lead_event_source"
          },
          "else": {
            "@path": "$.properties.leadEventSource"
          }
        }
      },
      "custom_properties": {
        "delivery_category": {
          "@path": "$.properties.delivery_category"
        },
        "predicted_ltv": {
          "@path": "$.properties.predicted_ltv"
        }
      },
      "consent_preferences": {
        "@path": "$.context.consent.categoryPreferences"
      },
      "consent_management": {
        "@path": "$.context.consentManagement"
      },
      "gpc": {
        "@path": "$.context.gpc"
      },
      "limited_data_use": {
        "@path": "$.properties.limited_data_use"
      }
    },
    "type": "automatic"
  },
  {
    "name": "Install App",
    "subscribe": "type = \"track\" and (event = \"Application Installed\" or event = \"application installed\" or event = \"Application installed\" or event = \"APPLICATION INSTALLED\")",
    "partnerAction": "reportEvent",
    "mapping": {
      "event": "InstallApp",
      "event_source": "app",
      "event_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.event_id"
          },
          "then": {
            "@path": "$.properties.event_id"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.eventId"
              },
              "then": {
                "@path": "$.properties.eventId"
              },
              "else": {
                "@path": "$.messageId"
              }
            }
          }
        }
      },
      "timestamp": {
        "@if": {
          "exists": {
            "@path": "$.timestamp"
          },
          "then": {
            "@path": "$.timestamp"
          },
          "else": {
            "@path": "$.originalTimestamp"
          }
        }
      },
      "email": {
        "@if": {
          "exists": {
            "@path": "$.properties.email"
          },
          "then": {
            "@path": "$.properties.email"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.email"
              },
              "then": {
                "@path": "$.context.traits.email"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.context.user.email"
                  },
                  "then": {
                    "@path": "$.context.user.email"
                  },
                  "else": {
                    "@path": "$.properties.context.user.email"
                  }
                }
              }
            }
          }
        }
      },
      "phone": {
        "@if": {
          "exists": {
            "@path": "$.properties.phone"
          },
          "then": {
            "@path": "$.properties.phone"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.phone"
              },
              "then": {
                "@path": "$.context.traits.phone"
              },
              "else": {
                "@path": "$.properties.context.user.phone"
              }
            }
          }
        }
      },
      "typed_external_ids": {
        "@path": "$.context.externalId"
      },
      "user_id": {
        "@path": "$.userId"
      },
      "anonymous_id": {
        "@path": "$.anonymousId"
      },
      "first_name": {
        "@if": {
          "exists": {
            "@path": "$.properties.first_name"
          },
          "then": {
            "@path": "$.properties.first_name"
          },
          "else": {
            "@path": "$.context.traits.firstName"
          }
        }
      },
      "last_name": {
        "@if": {
          "exists": {
            "@path": "$.properties.last_name"
          },
          "then": {
            "@path": "$.properties.last_name"
          },
          "else": {
            "@path": "$.context.traits.lastName"
          }
        }
      },
      "user_traits": {
        "@path": "$.context.traits"
      },
      "zip_code": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.postal_code"
          },
          "then": {
            "@path": "$.properties.address.postal_code"
          },
          "else": {
            "@path": "$.context.traits.address.postalCode"
          }
        }
      },
      "city": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.city"
          },
          "then": {
            "@path": "$.properties.address.city"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.city"
              },
              "then": {
                "@path": "$.context.traits.address.city"
              },
              "else": {
                "@path": "$.properties.city"
              }
            }
          }
        }
      },
      "state": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.state"
          },
          "then": {
            "@path": "$.properties.address.state"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.state"
              },
              "then": {
                "@path": "$.context.traits.address.state"
              },
              "else": {
                "@path": "$.properties.state"
              }
            }
          }
        }
      },
      "country": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.country"
          },
          "then": {
            "@path": "$.properties.address.country"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.country"
              },
              "then": {
                "@path": "$.context.traits.address.country"
              },
              "else": {
                "@path": "$.properties.country"
              }
            }
          }
        }
      },
      "ttp": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttp"
          },
          "then": {
            "@path": "$.properties.ttp"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttp"
              },
              "then": {
                "@path": "$.context.ttp"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.integrations.TikTok Conversions.ttp"
                  },
                  "then": {
                    "@path": "$.integrations.TikTok Conversions.ttp"
                  },
                  "else": {
                    "@if": {
                      "exists": {
                        "@path": "$.integrations.TikTok.ttp"
                      },
                      "then": {
                        "@path": "$.integrations.TikTok.ttp"
                      },
                      "else": {
                        "@path": "$.properties.context.user.ttp"
                      }
                    }
                  }
                }
              }
            }
          }
        }
      },
      "ttclid": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttclid"
          },
          "then": {
            "@path": "$.properties.ttclid"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttclid"
              },
              "then": {
                "@path": "$.context.ttclid"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.integrations.TikTok Conversions.ttclid"
                  },
                  "then": {
                    "@path": "$.integrations.TikTok Conversions.ttclid"
                  },
                  "else": {
                    "@path": "$.integrations.TikTok.ttclid"
                  }
                }
              }
            }
          }
        }
      },
      "ip": {
        "@if": {
          "exists": {
            "@path": "$.context.ip"
          },
          "then": {
            "@path": "$.context.ip"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.user.ip"
              },
              "then": {
                "@path": "$.properties.context.user.ip"
              },
              "else": {
                "@path": "$.request_ip"
              }
            }
          }
        }
      },
      "user_agent": {
        "@if": {
          "exists": {
            "@path": "$.context.userAgent"
          },
          "then": {
            "@path": "$.context.userAgent"
          },
          "else": {
            "@path": "$.properties.context.user.userAgent"
          }
        }
      },
      "locale": {
        "@if": {
          "exists": {
            "@path": "$.context.locale"
          },
          "then": {
            "@path": "$.context.locale"
          },
          "else": {
            "@path": "$.properties.context.user.locale"
          }
        }
      },
      "url": {
        "@if": {
          "exists": {
            "@path": "$.context.page.url"
          },
          "then": {
            "@path": "$.context.page.url"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.page.url"
              },
              "then": {
                "@path": "$.properties.context.page.url"
              },
              "else": {
                "@path": "$.properties.url"
              }
            }
          }
        }
      },
      "referrer": {
        "@if": {
          "exists": {
            "@path": "$.context.page.referrer"
          },
          "then": {
            "@path": "$.context.page.referrer"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.page.referrer"
              },
              "then": {
                "@path": "$.properties.context.page.referrer"
              },
              "else": {
                "@path": "$.properties.referrer"
              }
            }
          }
        }
      },
      "device": {
        "@path": "$.context.device"
      },
      "os": {
        "@path": "$.context.os"
      },
      "att_status": {
        "@if": {
          "exists": {
            "@path": "$.properties.att_status"
          },
          "then": {
            "@path": "$.properties.att_status"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.device.attStatus"
              },
              "then": {
                "@path": "$.context.device.attStatus"
              },
              "else": {
                "@path": "$.context.device.trackingStatus"
              }
            }
          }
        }
      },
      "ad": {
        "callback": {
          "@if": {
            "exists": {
              "@path": "$.properties.callback"
            },
            "then": {
              "@path": "$.properties.callback"
            },
            "else": {
              "@path": "$.properties.callBack"
            }
          }
        },
        "campaign_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.campaign_id"
            },
            "then": {
              "@path": "$.properties.campaign_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.campaignId"
                },
                "then": {
                  "@path": "$.properties.campaignId"
                },
                "else": {
                  "@if": {
                    "exists": {
                      "@path": "$.properties.campaign.id"
                    },
                    "then": {
                      "@path": "$.properties.campaign.id"
                    },
                    "else": {
                      "@if": {
                        "exists": {
                          "@path": "$.properties.campaign.name"
                        },
                        "then": {
                          "@path": "$.properties.campaign.name"
                        },
                        "else": {
                          "@path": "$.context.campaign.id"
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        },
        "ad_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.ad_id"
            },
            "then": {
              "@path": "$.properties.ad_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.adId"
                },
                "then": {
                  "@path": "$.properties.adId"
                },
                "else": {
                  "@path": "$.properties.campaign.ad_group"
                }
              }
            }
          }
        },
        "creative_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.creative_id"
            },
            "then": {
              "@path": "$.properties.creative_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.creativeId"
                },
                "then": {
                  "@path": "$.properties.creativeId"
                },
                "else": {
                  "@path": "$.properties.campaign.ad_creative"
                }
              }
            }
          }
        },
        "is_retargeting": {
          "@if": {
            "exists": {
              "@path": "$.properties.is_retargeting"
            },
            "then": {
              "@path": "$.properties.is_retargeting"
            },
            "else": {
              "@path": "$.properties.isRetargeting"
            }
          }
        },
        "attributed": {
          "@path": "$.properties.attributed"
        },
        "attribution_type": {
          "@if": {
            "exists": {
              "@path": "$.properties.attribution_type"
            },
            "then": {
              "@path": "$.properties.attribution_type"
            },
            "else": {
              "@path": "$.properties.attributionType"
            }
          }
        },
        "attribution_provider": {
          "@if": {
            "exists": {
              "@path": "$.properties.attribution_provider"
            },
            "then": {
              "@path": "$.properties.attribution_provider"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.attributionProvider"
                },
                "then": {
                  "@path": "$.properties.attributionProvider"
                },
                "else": {
                  "@if": {
                    "exists": {
                      "@path": "$.properties.provider"
                    },
                    "then": {
                      "@path": "$.properties.provider"
                    },
                    "else": {
                      "@path": "$.context.referrer.type"
                    }
                  }
                }
              }
            }
          }
        }
      },
      "app": {
        "@path": "$.context.app"
      },
      "contents": {
        "@if": {
          "exists": {
            "@path": "$.properties.contents"
          },
          "then": {
            "@arrayPath": [
              "$.properties.contents",
              {
                "content_id": {
                  "@path": "$.content_id"
                },
                "content_name": {
                  "@path": "$.content_name"
                },
                "content_category": {
                  "@path": "$.content_category"
                },
                "brand": {
                  "@path": "$.brand"
                },
                "price": {
                  "@path": "$.price"
                },
                "quantity": {
                  "@path": "$.quantity"
                }
              }
            ]
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.products"
              },
              "then": {
                "@arrayPath": [
                  "$.properties.products",
                  {
                    "content_id": {
                      "@if": {
                        "exists": {
                          "@path": "$.product_id"
                        },
                        "then": {
                          "@path": "$.product_id"
                        },
                        "else": {
                          "@if": {
                            "exists": {
                              "@path": "$.productId"
                            },
                            "then": {
                              "@path": "$.productId"
                            },
                            "else": {
                              "@if": {
                                "exists": {
                                  "@path": "$.sku"
                                },
                                "then": {
                                  "@path": "$.sku"
                                },
                                "else": {
                                  "@path": "$.id"
                                }
                              }
                            }
                          }
                        }
                      }
                    },
                    "content_name": {
                      "@path": "$.name"
                    },
                    "content_category": {
                      "@path": "$.category"
                    },
                    "brand": {
                      "@path": "$.brand"
                    },
                    "price": {
                      "@path": "$.price"
                    },
                    "quantity": {
                      "@path": "$.quantity"
                    }
                  }
                ]
              },
              "else": {
                "@if": {
                  "exists": {
                    "@if": {
                      "exists": {
                        "@path": "$.properties.product_id"
                      },
                      "then": {
                        "@path": "$.properties.product_id"
                      },
                      "else": {
                        "@if": {
                          "exists": {
                            "@path": "$.properties.productId"
                          },
                          "then": {
                            "@path": "$.properties.productId"
                          },
                          "else": {
                            "@path": "$.properties.sku"
                          }
                        }
                      }
                    }
                  },
                  "then": [
                    {
                      "content_id": {
                        "@if": {
                          "exists": {
                            "@path": "$.properties.product_id"
                          },
                          "then": {
                            "@path": "$.properties.product_id"
                          },
                          "else": {
                            "@if": {
                              "exists": {
                                "@path": "$.properties.productId"
                              },
                              "then": {
                                "@path": "$.properties.productId"
                              },
                              "else": {
                                "@path": "$.properties.sku"
                              }
                            }
                          }
                        }
                      },
                      "content_name": {
                        "@path": "$.properties.name"
                      },
                      "content_category": {
                        "@path": "$.properties.category"
                      },
                      "brand": {
                        "@path": "$.properties.brand"
                      },
                      "price": {
                        "@path": "$.properties.price"
                      },
                      "quantity": {
                        "@path": "$.properties.quantity"
                      }
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "content_ids": {
        "@path": "$.properties.content_ids"
      },
      "content_type": {
        "@if": {
          "exists": {
            "@path": "$.properties.content_type"
          },
          "then": {
            "@path": "$.properties.content_type"
          },
          "else": {
            "@path": "$.properties.contentType"
          }
        }
      },
      "currency": {
        "@path": "$.properties.currency"
      },
      "value": {
        "@if": {
          "exists": {
            "@path": "$.properties.revenue"
          },
          "then": {
            "@path": "$.properties.revenue"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.total"
              },
              "then": {
                "@path": "$.properties.total"
              },
              "else": {
                "@path": "$.properties.value"
              }
            }
          }
        }
      },
      "num_items": {
        "@if": {
          "exists": {
            "@path": "$.properties.num_items"
          },
          "then": {
            "@path": "$.properties.num_items"
          },
          "else": {
            "@path": "$.properties.quantity"
          }
        }
      },
      "order_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.order_id"
          },
          "then": {
            "@path": "$.properties.order_id"
          },
          "else": {
            "@path": "$.properties.orderId"
          }
        }
      },
      "shop_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.shop_id"
          },
          "then": {
            "@path": "$.properties.shop_id"
          },
          "else": {
            "@path": "$.properties.shopId"
          }
        }
      },
      "search_string": {
        "@if": {
          "exists": {
            "@path": "$.properties.search_string"
          },
          "then": {
            "@path": "$.properties.search_string"
          },
          "else": {
            "@path": "$.properties.query"
          }
        }
      },
      "description": {
        "@path": "$.properties.description"
      },
      "lead_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.lead_id"
          },
          "then": {
            "@path": "$.properties.lead_id"
          },
          "else": {
            "@path": "$.properties.leadId"
          }
        }
      },
      "lead_event_source": {
        "@if": {
          "exists": {
            "@path": "$.properties.lead_event_source"
          },
          "then": {
            "@path": "$.properties.lead_event_source"
          },
          "else": {
            "@path": "$.properties.leadEventSource"
          }
        }
      },
      "custom_properties": {
        "delivery_category": {
          "@path": "$.properties.delivery_category"
        },
        "predicted_ltv": {
          "@path": "$.properties.predicted_ltv"
        }
      },
      "consent_preferences": {
        "@path": "$.context.consent.categoryPreferences"
      },
      "consent_management": {
        "@path": "$.context.consentManagement"
      },
      "gpc": {
        "@path": "$.context.gpc"
      },
      "limited_data_use": {
        "@path": "$.properties.limited_data_use"
      }
    },
    "type": "automatic"
  },
  {
    "name": "Launch APP",
    "subscribe": "type = \"track\" and (event = \"Application Opened\" or event = \"application opened\" or event = \"Application opened\" or event = \"APPLICATION OPENED\")",
    "partnerAction": "reportEvent",
    "mapping": {
      "event": "LaunchAPP",
      "event_source": "app",
      "event_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.event_id"
          },
          "then": {
            "@path": "$.properties.event_id"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.eventId"
              },
              "then": {
                "@path": "$.properties.eventId"
              },
              "else": {
                "@path": "$.messageId"
              }
            }
          }
        }
      },
      "timestamp": {
        "@if": {
          "exists": {
            "@path": "$.timestamp"
          },
          "then": {
            "@path": "$.timestamp"
          },
          "else": {
            "@path": "$.originalTimestamp"
          }
        }
      },
      "email": {
        "@if": {
          "exists": {
            "@path": "$.properties.email"
          },
          "then": {
            "@path": "$.properties.email"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.email"
              },
              "then": {
                "@path": "$.context.traits.email"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.context.user.email"
                  },
                  "then": {
                    "@path": "$.context.user.email"
                  },
                  "else": {
                    "@path": "$.properties.context.user.email"
                  }
                }
              }
            }
          }
        }
      },
      "phone": {
        "@if": {
          "exists": {
            "@path": "$.properties.phone"
          },
          "then": {
            "@path": "$.properties.phone"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.phone"
              },
              "then": {
                "@path": "$.context.traits.phone"
              },
              "else": {
                "@path": "$.properties.context.user.phone"
              }
            }
          }
        }
      },
      "typed_external_ids": {
        "@path": "$.context.externalId"
      },
      "user_id": {
        "@path": "$.userId"
      },
      "anonymous_id": {
        "@path": "$.anonymousId"
      },
      "first_name": {
        "@if": {
          "exists": {
            "@path": "$.properties.first_name"
          },
          "then": {
            "@path": "$.properties.first_name"
          },
          "else": {
            "@path": "$.context.traits.firstName"
          }
        }
      },
      "last_name": {
        "@if": {
          "exists": {
            "@path": "$.properties.last_name"
          },
          "then": {
            "@path": "$.properties.last_name"
          },
          "else": {
            "@path": "$.context.traits.lastName"
          }
        }
      },
      "user_traits": {
        "@path": "$.context.traits"
      },
      "zip_code": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.postal_code"
          },
          "then": {
            "@path": "$.properties.address.postal_code"
          },
          "else": {
            "@path": "$.context.traits.address.postalCode"
          }
        }
      },
      "city": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.city"
          },
          "then": {
            "@path": "$.properties.address.city"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.city"
              },
              "then": {
                "@path": "$.context.traits.address.city"
              },
              "else": {
                "@path": "$.properties.city"
              }
            }
          }
        }
      },
      "state": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.state"
          },
          "then": {
            "@path": "$.properties.address.state"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.state"
              },
              "then": {
                "@path": "$.context.traits.address.state"
              },
              "else": {
                "@path": "$.properties.state"
              }
            }
          }
        }
      },
      "country": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.country"
          },
          "then": {
            "@path": "$.properties.address.country"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.country"
              },
              "then": {
                "@path": "$.context.traits.address.country"
              },
              "else": {
                "@path": "$.properties.country"
              }
            }
          }
        }
      },
      "ttp": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttp"
          },
          "then": {
            "@path": "$.properties.ttp"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttp"
              },
              "then": {
                "@path": "$.context.ttp"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.integrations.TikTok Conversions.ttp"
                  },
                  "then": {
                    "@path": "$.integrations.TikTok Conversions.ttp"
                  },
                  "else": {
                    "@if": {
                      "exists": {
                        "@path": "$.integrations.TikTok.ttp"
                      },
                      "then": {
                        "@path": "$.integrations.TikTok.ttp"
                      },
                      "else": {
                        "@path": "$.properties.context.user.ttp"
                      }
                    }
                  }
                }
              }
            }
          }
        }
      },
      "ttclid": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttclid"
          },
          "then": {
            "@path": "$.properties.ttclid"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttclid"
              },
              "then": {
                "@path": "$.context.ttclid"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.integrations.TikTok Conversions.ttclid"
                  },
                  "then": {
                    "@path": "$.integrations.TikTok Conversions.ttclid"
                  },
                  "else": {
                    "@path": "$.integrations.TikTok.ttclid"
                  }
                }
              }
            }
          }
        }
      },
      "ip": {
        "@if": {
          "exists": {
            "@path": "$.context.ip"
          },
          "then": {
            "@path": "$.context.ip"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.user.ip"
              },
              "then": {
                "@path": "$.properties.context.user.ip"
              },
              "else": {
                "@path": "$.request_ip"
              }
            }
          }
        }
      },
      "user_agent": {
        "@if": {
          "exists": {
            "@path": "$.context.userAgent"
          },
          "then": {
            "@path": "$.context.userAgent"
          },
          "else": {
            "@path": "$.properties.context.user.userAgent"
          }
        }
      },
      "locale": {
        "@if": {
          "exists": {
            "@path": "$.context.locale"
          },
          "then": {
            "@path": "$.context.locale"
          },
          "else": {
            "@path": "$.properties.context.user.locale"
          }
        }
      },
      "url": {
        "@if": {
          "exists": {
            "@path": "$.context.page.url"
          },
          "then": {
            "@path": "$.context.page.url"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.page.url"
              },
              "then": {
                "@path": "$.properties.context.page.url"
              },
              "else": {
                "@path": "$.properties.url"
              }
            }
          }
        }
      },
      "referrer": {
        "@if": {
          "exists": {
            "@path": "$.context.page.referrer"
          },
          "then": {
            "@path": "$.context.page.referrer"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.page.referrer"
              },
              "then": {
                "@path": "$.properties.context.page.referrer"
              },
              "else": {
                "@path": "$.properties.referrer"
              }
            }
          }
        }
      },
      "device": {
        "@path": "$.context.device"
      },
      "os": {
        "@path": "$.context.os"
      },
      "att_status": {
        "@if": {
          "exists": {
            "@path": "$.properties.att_status"
          },
          "then": {
            "@path": "$.properties.att_status"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.device.attStatus"
              },
              "then": {
                "@path": "$.context.device.attStatus"
              },
              "else": {
                "@path": "$.context.device.trackingStatus"
              }
            }
          }
        }
      },
      "ad": {
        "callback": {
          "@if": {
            "exists": {
              "@path": "$.properties.callback"
            },
            "then": {
              "@path": "$.properties.callback"
            },
            "else": {
              "@path": "$.properties.callBack"
            }
          }
        },
        "campaign_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.campaign_id"
            },
            "then": {
              "@path": "$.properties.campaign_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.campaignId"
                },
                "then": {
                  "@path": "$.properties.campaignId"
                },
                "else": {
                  "@if": {
                    "exists": {
                      "@path": "$.properties.campaign.id"
                    },
                    "then": {
                      "@path": "$.properties.campaign.id"
                    },
                    "else": {
                      "@if": {
                        "exists": {
                          "@path": "$.properties.campaign.name"
                        },
                        "then": {
                          "@path": "$.properties.campaign.name"
                        },
                        "else": {
                          "@path": "$.context.campaign.id"
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        },
        "ad_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.ad_id"
            },
            "then": {
              "@path": "$.properties.ad_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.adId"
                },
                "then": {
                  "@path": "$.properties.adId"
                },
                "else": {
                  "@path": "$.properties.campaign.ad_group"
                }
              }
            }
          }
        },
        "creative_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.creative_id"
            },
            "then": {
              "@path": "$.properties.creative_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.creativeId"
                },
                "then": {
                  "@path": "$.properties.creativeId"
                },
                "else": {
                  "@path": "$.properties.campaign.ad_creative"
                }
              }
            }
          }
        },
        "is_retargeting": {
          "@if": {
            "exists": {
              "@path": "$.properties.is_retargeting"
            },
            "then": {
              "@path": "$.properties.is_retargeting"
            },
            "else": {
              "@path": "$.properties.isRetargeting"
            }
          }
        },
        "attributed": {
          "@path": "$.properties.attributed"
        },
        "attribution_type": {
          "@if": {
            "exists": {
              "@path": "$.properties.attribution_type"
            },
            "then": {
              "@path": "$.properties.attribution_type"
            },
            "else": {
              "@path": "$.properties.attributionType"
            }
          }
        },
        "attribution_provider": {
          "@if": {
            "exists": {
              "@path": "$.properties.attribution_provider"
            },
            "then": {
              "@path": "$.properties.attribution_provider"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.attributionProvider"
                },
                "then": {
                  "@path": "$.properties.attributionProvider"
                },
                "else": {
                  "@if": {
                    "exists": {
                      "@path": "$.properties.provider"
                    },
                    "then": {
                      "@path": "$.properties.provider"
                    },
                    "else": {
                      "@path": "$.context.referrer.type"
                    }
                  }
                }
              }
            }
          }
        }
      },
      "app": {
        "@path": "$.context.app"
      },
      "contents": {
        "@if": {
          "exists": {
            "@path": "$.properties.contents"
          },
          "then": {
            "@arrayPath": [
              "$.properties.contents",
              {
                "content_id": {
                  "@path": "$.content_id"
                },
                "content_name": {
                  "@path": "$.content_name"
                },
                "content_category": {
                  "@path": "$.content_category"
                },
                "brand": {
                  "@path": "$.brand"
                },
                "price": {
                  "@path": "$.price"
                },
                "quantity": {
                  "@path": "$.quantity"
                }
              }
            ]
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.products"
              },
              "then": {
                "@arrayPath": [
                  "$.properties.products",
                  {
                    "content_id": {
                      "@if": {
                        "exists": {
                          "@path": "$.product_id"
                        },
                        "then": {
                          "@path": "$.product_id"
                        },
                        "else": {
                          "@if": {
                            "exists": {
                              "@path": "$.productId"
                            },
                            "then": {
                              "@path": "$.productId"
                            },
                            "else": {
                              "@if": {
                                "exists": {
                                  "@path": "$.sku"
                                },
                                "then": {
                                  "@path": "$.sku"
                                },
                                "else": {
                                  "@path": "$.id"
                                }
                              }
                            }
                          }
                        }
                      }
                    },
                    "content_name": {
                      "@path": "$.name"
                    },
                    "content_category": {
                      "@path": "$.category"
                    },
                    "brand": {
                      "@path": "$.brand"
                    },
                    "price": {
                      "@path": "$.price"
                    },
                    "quantity": {
                      "@path": "$.quantity"
                    }
                  }
                ]
              },
              "else": {
                "@if": {
                  "exists": {
                    "@if": {
                      "exists": {
                        "@path": "$.properties.product_id"
                      },
                      "then": {
                        "@path": "$.properties.product_id"
                      },
                      "else": {
                        "@if": {
                          "exists": {
                            "@path": "$.properties.productId"
                          },
                          "then": {
                            "@path": "$.properties.productId"
                          },
                          "else": {
                            "@path": "$.properties.sku"
                          }
                        }
                      }
                    }
                  },
                  "then": [
                    {
                      "content_id": {
                        "@if": {
                          "exists": {
                            "@path": "$.properties.product_id"
                          },
                          "then": {
                            "@path": "$.properties.product_id"
                          },
                          "else": {
                            "@if": {
                              "exists": {
                                "@path": "$.properties.productId"
                              },
                              "then": {
                                "@path": "$.properties.productId"
                              },
                              "else": {
                                "@path": "$.properties.sku"
                              }
                            }
                          }
                        }
                      },
                      "content_name": {
                        "@path": "$.properties.name"
                      },
                      "content_category": {
                        "@path": "$.properties.category"
                      },
                      "brand": {
                        "@path": "$.properties.brand"
                      },
                      "price": {
                        "@path": "$.properties.price"
                      },
                      "quantity": {
                        "@path": "$.properties.quantity"
                      }
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "content_ids": {
        "@path": "$.properties.content_ids"
      },
      "content_type": {
        "@if": {
          "exists": {
            "@path": "$.properties.content_type"
          },
          "then": {
            "@path": "$.properties.content_type"
          },
          "else": {
            "@path": "$.properties.contentType"
          }
        }
      },
      "currency": {
        "@path": "$.properties.currency"
      },
      "value": {
        "@if": {
          "exists": {
            "@path": "$.properties.revenue"
          },
          "then": {
            "@path": "$.properties.revenue"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.total"
              },
              "then": {
                "@path": "$.properties.total"
              },
              "else": {
                "@path": "$.properties.value"
              }
            }
          }
        }
      },
      "num_items": {
        "@if": {
          "exists": {
            "@path": "$.properties.num_items"
          },
          "then": {
            "@path": "$.properties.num_items"
          },
          "else": {
            "@path": "$.properties.quantity"
          }
        }
      },
      "order_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.order_id"
          },
          "then": {
            "@path": "$.properties.order_id"
          },
          "else": {
            "@path": "$.properties.orderId"
          }
        }
      },
      "shop_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.shop_id"
          },
          "then": {
            "@path": "$.properties.shop_id"
          },
          "else": {
            "@path": "$.properties.shopId"
          }
        }
      },
      "search_string": {
        "@if": {
          "exists": {
            "@path": "$.properties.search_string"
          },
          "then": {
            "@path": "$.properties.search_string"
          },
          "else": {
            "@path": "$.properties.query"
          }
        }
      },
      "description": {
        "@path": "$.properties.description"
      },
      "lead_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.lead_id"
          },
          "then": {
            "@path": "$.properties.lead_id"
          },
          "else": {
            "@path": "$.properties.leadId"
          }
        }
      },
      "lead_event_source": {
        "@if": {
          "exists": {
            "@path": "$.properties.lead_event_source"
          },
          "then": {
            "@path": "$.properties.lead_event_source"
          },
          "else": {
            "@path": "$.properties.leadEventSource"
          }
        }
      },
      "custom_properties": {
        "delivery_category": {
          "@path": "$.properties.delivery_category"
        },
        "predicted_ltv": {
          "@path": "$.properties.predicted_ltv"
        }
      },
      "consent_preferences": {
        "@path": "$.context.consent.categoryPreferences"
      },
      "consent_management": {
        "@path": "$.context.consentManagement"
      },
      "gpc": {
        "@path": "$.context.gpc"
      },
      "limited_data_use": {
        "@path": "$.properties.limited_data_use"
      }
    },
    "type": "automatic"
  },
  {
    "name": "Lead",
    "subscribe": "type = \"track\" and (event = \"Lead Generated\" or event = \"lead generated\" or event = \"Lead generated\" or event = \"LEAD GENERATED\" or event = \"Lead Created\" or event = \"lead created\" or event = \"Lead created\" or event = \"LEAD CREATED\" or event = \"Form Submitted\" or event = \"form submitted\" or event = \"Form submitted\" or event = \"FORM SUBMITTED\")",
    "partnerAction": "reportEvent",
    "mapping": {
      "event": "Lead",
      "event_source": {
        "@if": {
          "exists": {
            "@path": "$.properties.event_source"
          },
          "then": {
            "@path": "$.properties.event_source"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.eventSource"
              },
              "then": {
                "@path": "$.properties.eventSource"
              },
              "else": {
                "@path": "$.channel"
              }
            }
          }
        }
      },
      "event_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.event_id"
          },
          "then": {
            "@path": "$.properties.event_id"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.eventId"
              },
              "then": {
                "@path": "$.properties.eventId"
              },
              "else": {
                "@path": "$.messageId"
              }
            }
          }
        }
      },
      "timestamp": {
        "@if": {
          "exists": {
            "@path": "$.timestamp"
          },
          "then": {
            "@path": "$.timestamp"
          },
          "else": {
            "@path": "$.originalTimestamp"
          }
        }
      },
      "email": {
        "@if": {
          "exists": {
            "@path": "$.properties.email"
          },
          "then": {
            "@path": "$.properties.email"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.email"
              },
              "then": {
                "@path": "$.context.traits.email"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.context.user.email"
                  },
                  "then": {
                    "@path": "$.context.user.email"
                  },
                  "else": {
                    "@path": "$.properties.context.user.email"
                  }
                }
              }
            }
          }
        }
      },
      "phone": {
        "@if": {
          "exists": {
            "@path": "$.properties.phone"
          },
          "then": {
            "@path": "$.properties.phone"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.phone"
              },
              "then": {
                "@path": "$.context.traits.phone"
              },
              "else": {
                "@path": "$.properties.context.user.phone"
              }
            }
          }
        }
      },
      "typed_external_ids": {
        "@path": "$.context.externalId"
      },
      "user_id": {
        "@path": "$.userId"
      },
      "anonymous_id": {
        "@path": "$.anonymousId"
      },
      "first_name": {
        "@if": {
          "exists": {
            "@path": "$.properties.first_name"
          },
          "then": {
            "@path": "$.properties.first_name"
          },
          "else": {
            "@path": "$.context.traits.firstName"
          }
        }
      },
      "last_name": {
        "@if": {
          "exists": {
            "@path": "$.properties.last_name"
          },
          "then": {
            "@path": "$.properties.last_name"
          },
          "else": {
            "@path": "$.context.traits.lastName"
          }
        }
      },
      "user_traits": {
        "@path": "$.context.traits"
      },
      "zip_code": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.postal_code"
          },
          "then": {
            "@path": "$.properties.address.postal_code"
          },
          "else": {
            "@path": "$.context.traits.address.postalCode"
          }
        }
      },
      "city": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.city"
          },
          "then": {
            "@path": "$.properties.address.city"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.city"
              },
              "then": {
                "@path": "$.context.traits.address.city"
              },
              "else": {
                "@path": "$.properties.city"
              }
            }
          }
        }
      },
      "state": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.state"
          },
          "then": {
            "@path": "$.properties.address.state"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.state"
              },
              "then": {
                "@path": "$.context.traits.address.state"
              },
              "else": {
                "@path": "$.properties.state"
              }
            }
          }
        }
      },
      "country": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.country"
          },
          "then": {
            "@path": "$.properties.address.country"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.country"
              },
              "then": {
                "@path": "$.context.traits.address.country"
              },
              "else": {
                "@path": "$.properties.country"
              }
            }
          }
        }
      },
      "ttp": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttp"
          },
          "then": {
            "@path": "$.properties.ttp"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttp"
              },
              "then": {
                "@path": "$.context.ttp"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.integrations.TikTok Conversions.ttp"
                  },
                  "then": {
                    "@path": "$.integrations.TikTok Conversions.ttp"
                  },
                  "else": {
                    "@if": {
                      "exists": {
                        "@path": "$.integrations.TikTok.ttp"
                      },
                      "then": {
                        "@path": "$.integrations.TikTok.ttp"
                      },
                      "else": {
                        "@path": "$.properties.context.user.ttp"
                      }
                    }
                  }
                }
              }
            }
          }
        }
      },
      "ttclid": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttclid"
          },
          "then": {
            "@path": "$.properties.ttclid"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttclid"
              },
              "then": {
                "@path": "$.context.ttclid"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.integrations.TikTok Conversions.ttclid"
                  },
                  "then": {
                    "@path": "$.integrations.TikTok Conversions.ttclid"
                  },
                  "else": {
                    "@path": "$.integrations.TikTok.ttclid"
                  }
                }
              }
            }
          }
        }
      },
      "ip": {
        "@if": {
          "exists": {
            "@path": "$.context.ip"
          },
          "then": {
            "@path": "$.context.ip"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.user.ip"
              },
              "then": {
                "@path": "$.properties.context.user.ip"
              },
              "else": {
                "@path": "$.request_ip"
              }
            }
          }
        }
      },
      "user_agent": {
        "@if": {
          "exists": {
            "@path": "$.context.userAgent"
          },
          "then": {
            "@path": "$.context.userAgent"
          },
          "else": {
            "@path": "$.properties.context.user.userAgent"
          }
        }
      },
      "locale": {
        "@if": {
          "exists": {
            "@path": "$.context.locale"
          },
          "then": {
            "@path": "$.context.locale"
          },
          "else": {
            "@path": "$.properties.context.user.locale"
          }
        }
      },
      "url": {
        "@if": {
          "exists": {
            "@path": "$.context.page.url"
          },
          "then": {
            "@path": "$.context.page.url"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.page.url"
              },
              "then": {
                "@path": "$.properties.context.page.url"
              },
              "else": {
                "@path": "$.properties.url"
              }
            }
          }
        }
      },
      "referrer": {
        "@if": {
          "exists": {
            "@path": "$.context.page.referrer"
          },
          "then": {
            "@path": "$.context.page.referrer"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.page.referrer"
              },
              "then": {
                "@path": "$.properties.context.page.referrer"
              },
              "else": {
                "@path": "$.properties.referrer"
              }
            }
          }
        }
      },
      "device": {
        "@path": "$.context.device"
      },
      "os": {
        "@path": "$.context.os"
      },
      "att_status": {
        "@if": {
          "exists": {
            "@path": "$.properties.att_status"
          },
          "then": {
            "@path": "$.properties.att_status"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.device.attStatus"
              },
              "then": {
                "@path": "$.context.device.attStatus"
              },
              "else": {
                "@path": "$.context.device.trackingStatus"
              }
            }
          }
        }
      },
      "ad": {
        "callback": {
          "@if": {
            "exists": {
              "@path": "$.properties.callback"
            },
            "then": {
              "@path": "$.properties.callback"
            },
            "else": {
              "@path": "$.properties.callBack"
            }
          }
        },
        "campaign_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.campaign_id"
            },
            "then": {
              "@path": "$.properties.campaign_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.campaignId"
                },
                "then": {
                  "@path": "$.properties.campaignId"
                },
                "else": {
                  "@if": {
                    "exists": {
                      "@path": "$.properties.campaign.id"
                    },
                    "then": {
                      "@path": "$.properties.campaign.id"
                    },
                    "else": {
                      "@if": {
                        "exists": {
                          "@path": "$.properties.campaign.name"
                        },
                        "then": {
                          "@path": "$.properties.campaign.name"
                        },
                        "else": {
                          "@path": "$.context.campaign.id"
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        },
        "ad_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.ad_id"
            },
            "then": {
              "@path": "$.properties.ad_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.adId"
                },
                "then": {
                  "@path": "$.properties.adId"
                },
                "else": {
                  "@path": "$.properties.campaign.ad_group"
                }
              }
            }
          }
        },
        "creative_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.creative_id"
            },
            "then": {
              "@path": "$.properties.creative_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.creativeId"
                },
                "then": {
                  "@path": "$.properties.creativeId"
                },
                "else": {
                  "@path": "$.properties.campaign.ad_creative"
                }
              }
            }
          }
        },
        "is_retargeting": {
          "@if": {
            "exists": {
              "@path": "$.properties.is_retargeting"
            },
            "then": {
              "@path": "$.properties.is_retargeting"
            },
            "else": {
              "@path": "$.properties.isRetargeting"
            }
          }
        },
        "attributed": {
          "@path": "$.properties.attributed"
        },
        "attribution_type": {
          "@if": {
            "exists": {
              "@path": "$.properties.attribution_type"
            },
            "then": {
              "@path": "$.properties.attribution_type"
            },
            "else": {
              "@path": "$.properties.attributionType"
            }
          }
        },
        "attribution_provider": {
          "@if": {
            "exists": {
              "@path": "$.properties.attribution_provider"
            },
            "then": {
              "@path": "$.properties.attribution_provider"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.attributionProvider"
                },
                "then": {
                  "@path": "$.properties.attributionProvider"
                },
                "else": {
                  "@if": {
                    "exists": {
                      "@path": "$.properties.provider"
                    },
                    "then": {
                      "@path": "$.properties.provider"
                    },
                    "else": {
                      "@path": "$.context.referrer.type"
                    }
                  }
                }
              }
            }
          }
        }
      },
      "app": {
        "@path": "$.context.app"
      },
      "contents": {
        "@if": {
          "exists": {
            "@path": "$.properties.contents"
          },
          "then": {
            "@arrayPath": [
              "$.properties.contents",
              {
                "content_id": {
                  "@path": "$.content_id"
                },
                "content_name": {
                  "@path": "$.content_name"
                },
                "content_category": {
                  "@path": "$.content_category"
                },
                "brand": {
                  "@path": "$.brand"
                },
                "price": {
                  "@path": "$.price"
                },
                "quantity": {
                  "@path": "$.quantity"
                }
              }
            ]
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.products"
              },
              "then": {
                "@arrayPath": [
                  "$.properties.products",
                  {
                    "content_id": {
                      "@if": {
                        "exists": {
                          "@path": "$.product_id"
                        },
                        "then": {
                          "@path": "$.product_id"
                        },
                        "else": {
                          "@if": {
                            "exists": {
                              "@path": "$.productId"
                            },
                            "then": {
                              "@path": "$.productId"
                            },
                            "else": {
                              "@if": {
                                "exists": {
                                  "@path": "$.sku"
                                },
                                "then": {
                                  "@path": "$.sku"
                                },
                                "else": {
                                  "@path": "$.id"
                                }
                              }
                            }
                          }
                        }
                      }
                    },
                    "content_name": {
                      "@path": "$.name"
                    },
                    "content_category": {
                      "@path": "$.category"
                    },
                    "brand": {
                      "@path": "$.brand"
                    },
                    "price": {
                      "@path": "$.price"
                    },
                    "quantity": {
                      "@path": "$.quantity"
                    }
                  }
                ]
              },
              "else": {
                "@if": {
                  "exists": {
                    "@if": {
                      "exists": {
                        "@path": "$.properties.product_id"
                      },
                      "then": {
                        "@path": "$.properties.product_id"
                      },
                      "else": {
                        "@if": {
                          "exists": {
                            "@path": "$.properties.productId"
                          },
                          "then": {
                            "@path": "$.properties.productId"
                          },
                          "else": {
                            "@path": "$.properties.sku"
                          }
                        }
                      }
                    }
                  },
                  "then": [
                    {
                      "content_id": {
                        "@if": {
                          "exists": {
                            "@path": "$.properties.product_id"
                          },
                          "then": {
                            "@path": "$.properties.product_id"
                          },
                          "else": {
                            "@if": {
                              "exists": {
                                "@path": "$.properties.productId"
                              },
                              "then": {
                                "@path": "$.properties.productId"
                              },
                              "else": {
                                "@path": "$.properties.sku"
                              }
                            }
                          }
                        }
                      },
                      "content_name": {
                        "@path": "$.properties.name"
                      },
                      "content_category": {
                        "@path": "$.properties.category"
                      },
                      "brand": {
                        "@path": "$.properties.brand"
                      },
                      "price": {
                        "@path": "$.properties.price"
                      },
                      "quantity": {
                        "@path": "$.properties.quantity"
                      }
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "content_ids": {
        "@path": "$.properties.content_ids"
      },
      "content_type": {
        "@if": {
          "exists": {
            "@path": "$.properties.content_type"
          },
          "then": {
            "@path": "$.properties.content_type"
          },
          "else": {
            "@path": "$.properties.contentType"
          }
        }
      },
      "currency": {
        "@path": "$.properties.currency"
      },
      "value": {
        "@if": {
          "exists": {
            "@path": "$.properties.revenue"
          },
          "then": {
            "@path": "$.properties.revenue"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.total"
              },
              "then": {
                "@path": "$.properties.total"
              },
              "else": {
                "@path": "$.properties.value"
              }
            }
          }
        }
      },
      "num_items": {
        "@if": {
          "exists": {
            "@path": "$.properties.num_items"
          },
          "then": {
            "@path": "$.properties.num_items"
          },
          "else": {
            "@path": "$.properties.quantity"
          }
        }
      },
      "order_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.order_id"
          },
          "then": {
            "@path": "$.properties.order_id"
          },
          "else": {
            "@path": "$.properties.orderId"
          }
        }
      },
      "shop_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.shop_id"
          },
          "then": {
            "@path": "$.properties.shop_id"
          },
          "else": {
            "@path": "$.properties.shopId"
          }
        }
      },
      "description": {
        "@if": {
          "exists": {
            "@path": "$.properties.form_name"
          },
          "then": {
            "@path": "$.properties.form_name"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.form_id"
              },
              "then": {
                "@path": "$.properties.form_id"
              },
              "else": {
                "@path": "$.properties.description"
              }
            }
          }
        }
      },
      "lead_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.lead_id"
          },
          "then": {
            "@path": "$.properties.lead_id"
          },
          "else": {
            "@path": "$.properties.leadId"
          }
        }
      },
      "lead_event_source": {
        "@if": {
          "exists": {
            "@path": "$.properties.lead_event_source"
          },
          "then": {
            "@path": "$.properties.lead_event_source"
          },
          "else": {
            "@path": "$.properties.leadEventSource"
          }
        }
      },
      "custom_properties": {
        "delivery_category": {
          "@path": "$.properties.delivery_category"
        },
        "predicted_ltv": {
          "@path": "$.properties.predicted_ltv"
        }
      },
      "consent_preferences": {
        "@path": "$.context.consent.categoryPreferences"
      },
      "consent_management": {
        "@path": "$.context.consentManagement"
      },
      "gpc": {
        "@path": "$.context.gpc"
      },
      "limited_data_use": {
        "@path": "$.properties.limited_data_use"
      }
    },
    "type": "automatic"
  },
  {
    "name": "Login",
    "subscribe": "type = \"track\" and (event = \"Signed In\" or event = \"signed in\" or event = \"Signed in\" or event = \"SIGNED IN\" or event = \"Logged In\" or event = \"logged in\" or event = \"Logged in\" or event = \"LOGGED IN\") and (context.device.type = \"ios\" or context.device.type = \"iOS\" or context.device.type = \"IOS\" or context.device.type = \"android\" or context.device.type = \"Android\" or context.device.type = \"ANDROID\")",
    "partnerAction": "reportEvent",
    "mapping": {
      "event": "Login",
      "event_source": "app",
      "event_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.event_id"
          },
          "then": {
            "@path": "$.properties.event_id"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.eventId"
              },
              "then": {
                "@path": "$.properties.eventId"
              },
              "else": {
                "@path": "$.messageId"
              }
            }
          }
        }
      },
      "timestamp": {
        "@if": {
          "exists": {
            "@path": "$.timestamp"
          },
          "then": {
            "@path": "$.timestamp"
          },
          "else": {
            "@path": "$.originalTimestamp"
          }
        }
      },
      "email": {
        "@if": {
          "exists": {
            "@path": "$.properties.email"
          },
          "then": {
            "@path": "$.properties.email"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.email"
              },
              "then": {
                "@path": "$.context.traits.email"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.context.user.email"
                  },
                  "then": {
                    "@path": "$.context.user.email"
                  },
                  "else": {
                    "@path": "$.properties.context.user.email"
                  }
                }
              }
            }
          }
        }
      },
      "phone": {
        "@if": {
          "exists": {
            "@path": "$.properties.phone"
          },
          "then": {
            "@path": "$.properties.phone"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.phone"
              },
              "then": {
                "@path": "$.context.traits.phone"
              },
              "else": {
                "@path": "$.properties.context.user.phone"
              }
            }
          }
        }
      },
      "typed_external_ids": {
        "@path": "$.context.externalId"
      },
      "user_id": {
        "@path": "$.userId"
      },
      "anonymous_id": {
        "@path": "$.anonymousId"
      },
      "first_name": {
        "@if": {
          "exists": {
            "@path": "$.properties.first_name"
          },
          "then": {
            "@path": "$.properties.first_name"
          },
          "else": {
            "@path": "$.context.traits.firstName"
          }
        }
      },
      "last_name": {
        "@if": {
          "exists": {
            "@path": "$.properties.last_name"
          },
          "then": {
            "@path": "$.properties.last_name"
          },
          "else": {
            "@path": "$.context.traits.lastName"
          }
        }
      },
      "user_traits": {
        "@path": "$.context.traits"
      },
      "zip_code": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.postal_code"
          },
          "then": {
            "@path": "$.properties.address.postal_code"
          },
          "else": {
            "@path": "$.context.traits.address.postalCode"
          }
        }
      },
      "city": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.city"
          },
          "then": {
            "@path": "$.properties.address.city"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.city"
              },
              "then": {
                "@path": "$.context.traits.address.city"
              },
              "else": {
                "@path": "$.properties.city"
              }
            }
          }
        }
      },
      "state": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.state"
          },
          "then": {
            "@path": "$.properties.address.state"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.state"
              },
              "then": {
                "@path": "$.context.traits.address.state"
              },
              "else": {
                "@path": "$.properties.state"
              }
            }
          }
        }
      },
      "country": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.country"
          },
          "then": {
            "@path": "$.properties.address.country"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.country"
              },
              "then": {
                "@path": "$.context.traits.address.country"
              },
              "else": {
                "@path": "$.properties.country"
              }
            }
          }
        }
      },
      "ttp": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttp"
          },
          "then": {
            "@path": "$.properties.ttp"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttp"
              },
              "then": {
                "@path": "$.context.ttp"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.integrations.TikTok Conversions.ttp"
                  },
                  "then": {
                    "@path": "$.integrations.TikTok Conversions.ttp"
                  },
                  "else": {
                    "@if": {
                      "exists": {
                        "@path": "$.integrations.TikTok.ttp"
                      },
                      "then": {
                        "@path": "$.integrations.TikTok.ttp"
                      },
                      "else": {
                        "@path": "$.properties.context.user.ttp"
                      }
                    }
                  }
                }
              }
            }
          }
        }
      },
      "ttclid": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttclid"
          },
          "then": {
            "@path": "$.properties.ttclid"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttclid"
              },
              "then": {
                "@path": "$.context.ttclid"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.integrations.TikTok Conversions.ttclid"
                  },
                  "then": {
                    "@path": "$.integrations.TikTok Conversions.ttclid"
                  },
                  "else": {
                    "@path": "$.integrations.TikTok.ttclid"
                  }
                }
              }
            }
          }
        }
      },
      "ip": {
        "@if": {
          "exists": {
            "@path": "$.context.ip"
          },
          "then": {
            "@path": "$.context.ip"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.user.ip"
              },
              "then": {
                "@path": "$.properties.context.user.ip"
              },
              "else": {
                "@path": "$.request_ip"
              }
            }
          }
        }
      },
      "user_agent": {
        "@if": {
          "exists": {
            "@path": "$.context.userAgent"
          },
          "then": {
            "@path": "$.context.userAgent"
          },
          "else": {
            "@path": "$.properties.context.user.userAgent"
          }
        }
      },
      "locale": {
        "@if": {
          "exists": {
            "@path": "$.context.locale"
          },
          "then": {
            "@path": "$.context.locale"
          },
          "else": {
            "@path": "$.properties.context.user.locale"
          }
        }
      },
      "url": {
        "@if": {
          "exists": {
            "@path": "$.context.page.url"
          },
          "then": {
            "@path": "$.context.page.url"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.page.url"
              },
              "then": {
                "@path": "$.properties.context.page.url"
              },
              "else": {
                "@path": "$.properties.url"
              }
            }
          }
        }
      },
      "referrer": {
        "@if": {
          "exists": {
            "@path": "$.context.page.referrer"
          },
          "then": {
            "@path": "$.context.page.referrer"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.page.referrer"
              },
              "then": {
                "@path": "$.properties.context.page.referrer"
              },
              "else": {
                "@path": "$.properties.referrer"
              }
            }
          }
        }
      },
      "device": {
        "@path": "$.context.device"
      },
      "os": {
        "@path": "$.context.os"
      },
      "att_status": {
        "@if": {
          "exists": {
            "@path": "$.properties.att_status"
          },
          "then": {
            "@path": "$.properties.att_status"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.device.attStatus"
              },
              "then": {
                "@path": "$.context.device.attStatus"
              },
              "else": {
                "@path": "$.context.device.trackingStatus"
              }
            }
          }
        }
      },
      "ad": {
        "callback": {
          "@if": {
            "exists": {
              "@path": "$.properties.callback"
            },
            "then": {
              "@path": "$.properties.callback"
            },
            "else": {
              "@path": "$.properties.callBack"
            }
          }
        },
        "campaign_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.campaign_id"
            },
            "then": {
              "@path": "$.properties.campaign_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.campaignId"
                },
                "then": {
                  "@path": "$.properties.campaignId"
                },
                "else": {
                  "@if": {
                    "exists": {
                      "@path": "$.properties.campaign.id"
                    },
                    "then": {
                      "@path": "$.properties.campaign.id"
                    },
                    "else": {
                      "@if": {
                        "exists": {
                          "@path": "$.properties.campaign.name"
                        },
                        "then": {
                          "@path": "$.properties.campaign.name"
                        },
                        "else": {
                          "@path": "$.context.campaign.id"
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        },
        "ad_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.ad_id"
            },
            "then": {
              "@path": "$.properties.ad_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.adId"
                },
                "then": {
                  "@path": "$.properties.adId"
                },
                "else": {
                  "@path": "$.properties.campaign.ad_group"
                }
              }
            }
          }
        },
        "creative_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.creative_id"
            },
            "then": {
              "@path": "$.properties.creative_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.creativeId"
                },
                "then": {
                  "@path": "$.properties.creativeId"
                },
                "else": {
                  "@path": "$.properties.campaign.ad_creative"
                }
              }
            }
          }
        },
        "is_retargeting": {
          "@if": {
            "exists": {
              "@path": "$.properties.is_retargeting"
            },
            "then": {
              "@path": "$.properties.is_retargeting"
            },
            "else": {
              "@path": "$.properties.isRetargeting"
            }
          }
        },
        "attributed": {
          "@path": "$.properties.attributed"
        },
        "attribution_type": {
          "@if": {
            "exists": {
              "@path": "$.properties.attribution_type"
            },
            "then": {
              "@path": "$.properties.attribution_type"
            },
            "else": {
              "@path": "$.properties.attributionType"
            }
          }
        },
        "attribution_provider": {
          "@if": {
            "exists": {
              "@path": "$.properties.attribution_provider"
            },
            "then": {
              "@path": "$.properties.attribution_provider"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.attributionProvider"
                },
                "then": {
                  "@path": "$.properties.attributionProvider"
                },
                "else": {
                  "@if": {
                    "exists": {
                      "@path": "$.properties.provider"
                    },
                    "then": {
                      "@path": "$.properties.provider"
                    },
                    "else": {
                      "@path": "$.context.referrer.type"
                    }
                  }
                }
              }
            }
          }
        }
      },
      "app": {
        "@path": "$.context.app"
      },
      "contents": {
        "@if": {
          "exists": {
            "@path": "$.properties.contents"
          },
          "then": {
            "@arrayPath": [
              "$.properties.contents",
              {
                "content_id": {
                  "@path": "$.content_id"
                },
                "content_name": {
                  "@path": "$.content_name"
                },
                "content_category": {
                  "@path": "$.content_category"
                },
                "brand": {
                  "@path": "$.brand"
                },
                "price": {
                  "@path": "$.price"
                },
                "quantity": {
                  "@path": "$.quantity"
                }
              }
            ]
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.products"
              },
              "then": {
                "@arrayPath": [
                  "$.properties.products",
                  {
                    "content_id": {
                      "@if": {
                        "exists": {
                          "@path": "$.product_id"
                        },
                        "then": {
                          "@path": "$.product_id"
                        },
                        "else": {
                          "@if": {
                            "exists": {
                              "@path": "$.productId"
                            },
                            "then": {
                              "@path": "$.productId"
                            },
                            "else": {
                              "@if": {
                                "exists": {
                                  "@path": "$.sku"
                                },
                                "then": {
                                  "@path": "$.sku"
                                },
                                "else": {
                                  "@path": "$.id"
                                }
                              }
                            }
                          }
                        }
                      }
                    },
                    "content_name": {
                      "@path": "$.name"
                    },
                    "content_category": {
                      "@path": "$.category"
                    },
                    "brand": {
                      "@path": "$.brand"
                    },
                    "price": {
                      "@path": "$.price"
                    },
                    "quantity": {
                      "@path": "$.quantity"
                    }
                  }
                ]
              },
              "else": {
                "@if": {
                  "exists": {
                    "@if": {
                      "exists": {
                        "@path": "$.properties.product_id"
                      },
                      "then": {
                        "@path": "$.properties.product_id"
                      },
                      "else": {
                        "@if": {
                          "exists": {
                            "@path": "$.properties.productId"
                          },
                          "then": {
                            "@path": "$.properties.productId"
                          },
                          "else": {
                            "@path": "$.properties.sku"
                          }
                        }
                      }
                    }
                  },
                  "then": [
                    {
                      "content_id": {
                        "@if": {
                          "exists": {
                            "@path": "$.properties.product_id"
                          },
                          "then": {
                            "@path": "$.properties.product_id"
                          },
                          "else": {
                            "@if": {
                              "exists": {
                                "@path": "$.properties.productId"
                              },
                              "then": {
                                "@path": "$.properties.productId"
                              },
                              "else": {
                                "@path": "$.properties.sku"
                              }
                            }
                          }
                        }
                      },
                      "content_name": {
                        "@path": "$.properties.name"
                      },
                      "content_category": {
                        "@path": "$.properties.category"
                      },
                      "brand": {
                        "@path": "$.properties.brand"
                      },
                      "price": {
                        "@path": "$.properties.price"
                      },
                      "quantity": {
                        "@path": "$.properties.quantity"
                      }
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "content_ids": {
        "@path": "$.properties.content_ids"
      },
      "content_type": {
        "@if": {
          "exists": {
            "@path": "$.properties.content_type"
          },
          "then": {
            "@path": "$.properties.content_type"
          },
          "else": {
            "@path": "$.properties.contentType"
          }
        }
      },
      "currency": {
        "@path": "$.properties.currency"
      },
      "value": {
        "@if": {
          "exists": {
            "@path": "$.properties.revenue"
          },
          "then": {
            "@path": "$.properties.revenue"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.total"
              },
              "then": {
                "@path": "$.properties.total"
              },
              "else": {
                "@path": "$.properties.value"
              }
            }
          }
        }
      },
      "num_items": {
        "@if": {
          "exists": {
            "@path": "$.properties.num_items"
          },
          "then": {
            "@path": "$.properties.num_items"
          },
          "else": {
            "@path": "$.properties.quantity"
          }
        }
      },
      "order_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.order_id"
          },
          "then": {
            "@path": "$.properties.order_id"
          },
          "else": {
            "@path": "$.properties.orderId"
          }
        }
      },
      "shop_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.shop_id"
          },
          "then": {
            "@path": "$.properties.shop_id"
          },
          "else": {
            "@path": "$.properties.shopId"
          }
        }
      },
      "search_string": {
        "@if": {
          "exists": {
            "@path": "$.properties.search_string"
          },
          "then": {
            "@path": "$.properties.search_string"
          },
          "else": {
            "@path": "$.properties.query"
          }
        }
      },
      "description": {
        "@path": "$.properties.description"
      },
      "lead_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.lead_id"
          },
          "then": {
            "@path": "$.properties.lead_id"
          },
          "else": {
            "@path": "$.properties.leadId"
          }
        }
      },
      "lead_event_source": {
        "@if": {
          "exists": {
            "@path": "$.properties.lead_event_source"
          },
          "then": {
            "@path": "$.properties.lead_event_source"
          },
          "else": {
            "@path": "$.properties.leadEventSource"
          }
        }
      },
      "custom_properties": {
        "delivery_category": {
          "@path": "$.properties.delivery_category"
        },
        "predicted_ltv": {
          "@path": "$.properties.predicted_ltv"
        }
      },
      "consent_preferences": {
        "@path": "$.context.consent.categoryPreferences"
      },
      "consent_management": {
        "@path": "$.context.consentManagement"
      },
      "gpc": {
        "@path": "$.context.gpc"
      },
      "limited_data_use": {
        "@path": "$.properties.limited_data_use"
      }
    },
    "type": "automatic"
  },
  {
    "name": "Pageview",
    "subscribe": "type = \"page\"",
    "partnerAction": "reportEvent",
    "mapping": {
      "event": "Pageview",
      "event_source": {
        "@if": {
          "exists": {
            "@path": "$.properties.event_source"
          },
          "then": {
            "@path": "$.properties.event_source"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.eventSource"
              },
              "then": {
                "@path": "$.properties.eventSource"
              },
              "else": {
                "@path": "$.channel"
              }
            }
          }
        }
      },
      "event_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.event_id"
          },
          "then": {
            "@path": "$.properties.event_id"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.eventId"
              },
              "then": {
                "@path": "$.properties.eventId"
              },
              "else": {
                "@path": "$.messageId"
              }
            }
          }
        }
      },
      "timestamp": {
        "@if": {
          "exists": {
            "@path": "$.timestamp"
          },
          "then": {
            "@path": "$.timestamp"
          },
          "else": {
            "@path": "$.originalTimestamp"
          }
        }
      },
      "email": {
        "@if": {
          "exists": {
            "@path": "$.properties.email"
          },
          "then": {
            "@path": "$.properties.email"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.email"
              },
              "then": {
                "@path": "$.context.traits.email"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.context.user.email"
                  },
                  "then": {
                    "@path": "$.context.user.email"
                  },
                  "else": {
                    "@path": "$.properties.context.user.email"
                  }
                }
              }
            }
          }
        }
      },
      "phone": {
        "@if": {
          "exists": {
            "@path": "$.properties.phone"
          },
          "then": {
            "@path": "$.properties.phone"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.phone"
              },
              "then": {
                "@path": "$.context.traits.phone"
              },
              "else": {
                "@path": "$.properties.context.user.phone"
              }
            }
          }
        }
      },
      "typed_external_ids": {
        "@path": "$.context.externalId"
      },
      "user_id": {
        "@path": "$.userId"
      },
      "anonymous_id": {
        "@path": "$.anonymousId"
      },
      "first_name": {
        "@if": {
          "exists": {
            "@path": "$.properties.first_name"
          },
          "then": {
            "@path": "$.properties.first_name"
          },
          "else": {
            "@path": "$.context.traits.firstName"
          }
        }
      },
      "last_name": {
        "@if": {
          "exists": {
            "@path": "$.properties.last_name"
          },
          "then": {
            "@path": "$.properties.last_name"
          },
          "else": {
            "@path": "$.context.traits.lastName"
          }
        }
      },
      "user_traits": {
        "@path": "$.context.traits"
      },
      "zip_code": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.postal_code"
          },
          "then": {
            "@path": "$.properties.address.postal_code"
          },
          "else": {
            "@path": "$.context.traits.address.postalCode"
          }
        }
      },
      "city": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.city"
          },
          "then": {
            "@path": "$.properties.address.city"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.city"
              },
              "then": {
                "@path": "$.context.traits.address.city"
              },
              "else": {
                "@path": "$.properties.city"
              }
            }
          }
        }
      },
      "state": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.state"
          },
          "then": {
            "@path": "$.properties.address.state"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.state"
              },
              "then": {
                "@path": "$.context.traits.address.state"
              },
              "else": {
                "@path": "$.properties.state"
              }
            }
          }
        }
      },
      "country": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.country"
          },
          "then": {
            "@path": "$.properties.address.country"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.country"
              },
              "then": {
                "@path": "$.context.traits.address.country"
              },
              "else": {
                "@path": "$.properties.country"
              }
            }
          }
        }
      },
      "ttp": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttp"
          },
          "then": {
            "@path": "$.properties.ttp"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttp"
              },
              "then": {
                "@path": "$.context.ttp"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.integrations.TikTok Conversions.ttp"
                  },
                  "then": {
                    "@path": "$.integrations.TikTok Conversions.ttp"
                  },
                  "else": {
                    "@if": {
                      "exists": {
                        "@path": "$.integrations.TikTok.ttp"
                      },
                      "then": {
                        "@path": "$.integrations.TikTok.ttp"
                      },
                      "else": {
                        "@path": "$.properties.context.user.ttp"
                      }
                    }
                  }
                }
              }
            }
          }
        }
      },
      "ttclid": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttclid"
          },
          "then": {
            "@path": "$.properties.ttclid"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttclid"
              },
              "then": {
                "@path": "$.context.ttclid"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.integrations.TikTok Conversions.ttclid"
                  },
                  "then": {
                    "@path": "$.integrations.TikTok Conversions.ttclid"
                  },
                  "else": {
                    "@path": "$.integrations.TikTok.ttclid"
                  }
                }
              }
            }
          }
        }
      },
      "ip": {
        "@if": {
          "exists": {
            "@path": "$.context.ip"
          },
          "then": {
            "@path": "$.context.ip"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.user.ip"
              },
              "then": {
                "@path": "$.properties.context.user.ip"
              },
              "else": {
                "@path": "$.request_ip"
              }
            }
          }
        }
      },
      "user_agent": {
        "@if": {
          "exists": {
            "@path": "$.context.userAgent"
          },
          "then": {
            "@path": "$.context.userAgent"
          },
          "else": {
            "@path": "$.properties.context.user.userAgent"
          }
        }
      },
      "locale": {
        "@if": {
          "exists": {
            "@path": "$.context.locale"
          },
          "then": {
            "@path": "$.context.locale"
          },
          "else": {
            "@path": "$.properties.context.user.locale"
          }
        }
      },
      "url": {
        "@if": {
          "exists": {
            "@path": "$.context.page.url"
          },
          "then": {
            "@path": "$.context.page.url"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.page.url"
              },
              "then": {
                "@path": "$.properties.context.page.url"
              },
              "else": {
                "@path": "$.properties.url"
              }
            }
          }
        }
      },
      "referrer": {
        "@if": {
          "exists": {
            "@path": "$.context.page.referrer"
          },
          "then": {
            "@path": "$.context.page.referrer"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.page.referrer"
              },
              "then": {
                "@path": "$.properties.context.page.referrer"
              },
              "else": {
                "@path": "$.properties.referrer"
              }
            }
          }
        }
      },
      "os": {
        "@path": "$.context.os"
      },
      "att_status": {
        "@if": {
          "exists": {
            "@path": "$.properties.att_status"
          },
          "then": {
            "@path": "$.properties.att_status"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.device.attStatus"
              },
              "then": {
                "@path": "$.context.device.attStatus"
              },
              "else": {
                "@path": "$.context.device.trackingStatus"
              }
            }
          }
        }
      },
      "ad": {
        "callback": {
          "@if": {
            "exists": {
              "@path": "$.properties.callback"
            },
            "then": {
              "@path": "$.properties.callback"
            },
            "else": {
              "@path": "$.properties.callBack"
            }
          }
        },
        "campaign_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.campaign_id"
            },
            "then": {
              "@path": "$.properties.campaign_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.campaignId"
                },
                "then": {
                  "@path": "$.properties.campaignId"
                },
                "else": {
                  "@if": {
                    "exists": {
                      "@path": "$.properties.campaign.id"
                    },
                    "then": {
                      "@path": "$.properties.campaign.id"
                    },
                    "else": {
                      "@if": {
                        "exists": {
                          "@path": "$.properties.campaign.name"
                        },
                        "then": {
                          "@path": "$.properties.campaign.name"
                        },
                        "else": {
                          "@path": "$.context.campaign.id"
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        },
        "ad_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.ad_id"
            },
            "then": {
              "@path": "$.properties.ad_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.adId"
                },
                "then": {
                  "@path": "$.properties.adId"
                },
                "else": {
                  "@path": "$.properties.campaign.ad_group"
                }
              }
            }
          }
        },
        "creative_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.creative_id"
            },
            "then": {
              "@path": "$.properties.creative_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.creativeId"
                },
                "then": {
                  "@path": "$.properties.creativeId"
                },
                "else": {
                  "@path": "$.properties.campaign.ad_creative"
                }
              }
            }
          }
        },
        "is_retargeting": {
          "@if": {
            "exists": {
              "@path": "$.properties.is_retargeting"
            },
            "then": {
              "@path": "$.properties.is_retargeting"
            },
            "else": {
              "@path": "$.properties.isRetargeting"
            }
          }
        },
        "attributed": {
          "@path": "$.properties.attributed"
        },
        "attribution_type": {
          "@if": {
            "exists": {
              "@path": "$.properties.attribution_type"
            },
            "then": {
              "@path": "$.properties.attribution_type"
            },
            "else": {
              "@path": "$.properties.attributionType"
            }
          }
        },
        "attribution_provider": {
          "@if": {
            "exists": {
              "@path": "$.properties.attribution_provider"
            },
            "then": {
              "@path": "$.properties.attribution_provider"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.attributionProvider"
                },
                "then": {
                  "@path": "$.properties.attributionProvider"
                },
                "else": {
                  "@if": {
                    "exists": {
                      "@path": "$.properties.provider"
                    },
                    "then": {
                      "@path": "$.properties.provider"
                    },
                    "else": {
                      "@path": "$.context.referrer.type"
                    }
                  }
                }
              }
            }
          }
        }
      },
      "contents": {
        "@if": {
          "exists": {
            "@path": "$.properties.contents"
          },
          "then": {
            "@arrayPath": [
              "$.properties.contents",
              {
                "content_id": {
                  "@path": "$.content_id"
                },
                "content_name": {
                  "@path": "$.content_name"
                },
                "content_category": {
                  "@path": "$.content_category"
                },
                "brand": {
                  "@path": "$.brand"
                },
                "price": {
                  "@path": "$.price"
                },
                "quantity": {
                  "@path": "$.quantity"
                }
              }
            ]
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.products"
              },
              "then": {
                "@arrayPath": [
                  "$.properties.products",
                  {
                    "content_id": {
                      "@if": {
                        "exists": {
                          "@path": "$.product_id"
                        },
                        "then": {
                          "@path": "$.product_id"
                        },
                        "else": {
                          "@if": {
                            "exists": {
                              "@path": "$.productId"
                            },
                            "then": {
                              "@path": "$.productId"
                            },
                            "else": {
                              "@if": {
                                "exists": {
                                  "@path": "$.sku"
                                },
                                "then": {
                                  "@path": "$.sku"
                                },
                                "else": {
                                  "@path": "$.id"
                                }
                              }
                            }
                          }
                        }
                      }
                    },
                    "content_name": {
                      "@path": "$.name"
                    },
                    "content_category": {
                      "@path": "$.category"
                    },
                    "brand": {
                      "@path": "$.brand"
                    },
                    "price": {
                      "@path": "$.price"
                    },
                    "quantity": {
                      "@path": "$.quantity"
                    }
                  }
                ]
              },
              "else": {
                "@if": {
                  "exists": {
                    "@if": {
                      "exists": {
                        "@path": "$.properties.product_id"
                      },
                      "then": {
                        "@path": "$.properties.product_id"
                      },
                      "else": {
                        "@if": {
                          "exists": {
                            "@path": "$.properties.productId"
                          },
                          "then": {
                            "@path": "$.properties.productId"
                          },
                          "else": {
                            "@path": "$.properties.sku"
                          }
                        }
                      }
                    }
                  },
                  "then": [
                    {
                      "content_id": {
                        "@if": {
                          "exists": {
                            "@path": "$.properties.product_id"
                          },
                          "then": {
                            "@path": "$.properties.product_id"
                          },
                          "else": {
                            "@if": {
                              "exists": {
                                "@path": "$.properties.productId"
                              },
                              "then": {
                                "@path": "$.properties.productId"
                              },
                              "else": {
                                "@path": "$.properties.sku"
                              }
                            }
                          }
                        }
                      },
                      "content_name": {
                        "@path": "$.properties.name"
                      },
                      "content_category": {
                        "@path": "$.properties.category"
                      },
                      "brand": {
                        "@path": "$.properties.brand"
                      },
                      "price": {
                        "@path": "$.properties.price"
                      },
                      "quantity": {
                        "@path": "$.properties.quantity"
                      }
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "content_ids": {
        "@path": "$.properties.content_ids"
      },
      "content_type": {
        "@if": {
          "exists": {
            "@path": "$.properties.content_type"
          },
          "then": {
            "@path": "$.properties.content_type"
          },
          "else": {
            "@path": "$.properties.contentType"
          }
        }
      },
      "currency": {
        "@path": "$.properties.currency"
      },
      "value": {
        "@if": {
          "exists": {
            "@path": "$.properties.revenue"
          },
          "then": {
            "@path": "$.properties.revenue"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.total"
              },
              "then": {
                "@path": "$.properties.total"
              },
              "else": {
                "@path": "$.properties.value"
              }
            }
          }
        }
      },
      "num_items": {
        "@if": {
          "exists": {
            "@path": "$.properties.num_items"
          },
          "then": {
            "@path": "$.properties.num_items"
          },
          "else": {
            "@path": "$.properties.quantity"
          }
        }
      },
      "order_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.order_id"
          },
          "then": {
            "@path": "$.properties.order_id"
          },
          "else": {
            "@path": "$.properties.orderId"
          }
        }
      },
      "shop_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.shop_id"
          },
          "then": {
            "@path": "$.properties.shop_id"
          },
          "else": {
            "@path": "$.properties.shopId"
          }
        }
      },
      "description": {
        "@path": "$.properties.description"
      },
      "lead_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.lead_id"
          },
          "then": {
            "@path": "$.properties.lead_id"
          },
          "else": {
            "@path": "$.properties.leadId"
          }
        }
      },
      "lead_event_source": {
        "@if": {
          "exists": {
            "@path": "$.properties.lead_event_source"
          },
          "then": {
            "@path": "$.properties.lead_event_source"
          },
          "else": {
            "@path": "$.properties.leadEventSource"
          }
        }
      },
      "custom_properties": {
        "delivery_category": {
          "@path": "$.properties.delivery_category"
        },
        "predicted_ltv": {
          "@path": "$.properties.predicted_ltv"
        }
      },
      "consent_preferences": {
        "@path": "$.context.consent.categoryPreferences"
      },
      "consent_management": {
        "@path": "$.context.consentManagement"
      },
      "gpc": {
        "@path": "$.context.gpc"
      },
      "limited_data_use": {
        "@path": "$.properties.limited_data_use"
      }
    },
    "type": "automatic"
  },
  {
    "name": "Place An Order",
    "subscribe": "type = \"track\" and (event = \"Order Placed\" or event = \"order placed\" or event = \"Order placed\" or event = \"ORDER PLACED\" or event = \"Order Submitted\" or event = \"order submitted\" or event = \"Order submitted\" or event = \"ORDER SUBMITTED\")",
    "partnerAction": "reportEvent",
    "mapping": {
      "event": "PlaceAnOrder",
      "event_source": {
        "@if": {
          "exists": {
            "@path": "$.properties.event_source"
          },
          "then": {
            "@path": "$.properties.event_source"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.eventSource"
              },
              "then": {
                "@path": "$.properties.eventSource"
              },
              "else": {
                "@path": "$.channel"
              }
            }
          }
        }
      },
      "event_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.event_id"
          },
          "then": {
            "@path": "$.properties.event_id"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.eventId"
              },
              "then": {
                "@path": "$.properties.eventId"
              },
              "else": {
                "@path": "$.messageId"
              }
            }
          }
        }
      },
      "timestamp": {
        "@if": {
          "exists": {
            "@path": "$.timestamp"
          },
          "then": {
            "@path": "$.timestamp"
          },
          "else": {
            "@path": "$.originalTimestamp"
          }
        }
      },
      "email": {
        "@if": {
          "exists": {
            "@path": "$.properties.email"
          },
          "then": {
            "@path": "$.properties.email"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.email"
              },
              "then": {
                "@path": "$.context.traits.email"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.context.user.email"
                  },
                  "then": {
                    "@path": "$.context.user.email"
                  },
                  "else": {
                    "@path": "$.properties.context.user.email"
                  }
                }
              }
            }
          }
        }
      },
      "phone": {
        "@if": {
          "exists": {
            "@path": "$.properties.phone"
          },
          "then": {
            "@path": "$.properties.phone"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.phone"
              },
              "then": {
                "@path": "$.context.traits.phone"
              },
              "else": {
                "@path": "$.properties.context.user.phone"
              }
            }
          }
        }
      },
      "typed_external_ids": {
        "@path": "$.context.externalId"
      },
      "user_id": {
        "@path": "$.userId"
      },
      "anonymous_id": {
        "@path": "$.anonymousId"
      },
      "first_name": {
        "@if": {
          "exists": {
            "@path": "$.properties.first_name"
          },
          "then": {
            "@path": "$.properties.first_name"
          },
          "else": {
            "@path": "$.context.traits.firstName"
          }
        }
      },
      "last_name": {
        "@if": {
          "exists": {
            "@path": "$.properties.last_name"
          },
          "then": {
            "@path": "$.properties.last_name"
          },
          "else": {
            "@path": "$.context.traits.lastName"
          }
        }
      },
      "user_traits": {
        "@path": "$.context.traits"
      },
      "zip_code": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.postal_code"
          },
          "then": {
            "@path": "$.properties.address.postal_code"
          },
          "else": {
            "@path": "$.context.traits.address.postalCode"
          }
        }
      },
      "city": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.city"
          },
          "then": {
            "@path": "$.properties.address.city"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.city"
              },
              "then": {
                "@path": "$.context.traits.address.city"
              },
              "else": {
                "@path": "$.properties.city"
              }
            }
          }
        }
      },
      "state": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.state"
          },
          "then": {
            "@path": "$.properties.address.state"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.state"
              },
              "then": {
                "@path": "$.context.traits.address.state"
              },
              "else": {
                "@path": "$.properties.state"
              }
            }
          }
        }
      },
      "country": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.country"
          },
          "then": {
            "@path": "$.properties.address.country"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.country"
              },
              "then": {
                "@path": "$.context.traits.address.country"
              },
              "else": {
                "@path": "$.properties.country"
              }
            }
          }
        }
      },
      "ttp": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttp"
          },
          "then": {
            "@path": "$.properties.ttp"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttp"
              },
              "then": {
                "@path": "$.context.ttp"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.integrations.TikTok Conversions.ttp"
                  },
                  "then": {
                    "@path": "$.integrations.TikTok Conversions.ttp"
                  },
                  "else": {
                    "@if": {
                      "exists": {
                        "@path": "$.integrations.TikTok.ttp"
                      },
                      "then": {
                        "@path": "$.integrations.TikTok.ttp"
                      },
                      "else": {
                        "@path": "$.properties.context.user.ttp"
                      }
                    }
                  }
                }
              }
            }
          }
        }
      },
      "ttclid": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttclid"
          },
          "then": {
            "@path": "$.properties.ttclid"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttclid"
              },
              "then": {
                "@path": "$.context.ttclid"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.integrations.TikTok Conversions.ttclid"
                  },
                  "then": {
                    "@path": "$.integrations.TikTok Conversions.ttclid"
                  },
                  "else": {
                    "@path": "$.integrations.TikTok.ttclid"
                  }
                }
              }
            }
          }
        }
      },
      "ip": {
        "@if": {
          "exists": {
            "@path": "$.context.ip"
          },
          "then": {
            "@path": "$.context.ip"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.user.ip"
              },
              "then": {
                "@path": "$.properties.context.user.ip"
              },
              "else": {
                "@path": "$.request_ip"
              }
            }
          }
        }
      },
      "user_agent": {
        "@if": {
          "exists": {
            "@path": "$.context.userAgent"
          },
          "then": {
            "@path": "$.context.userAgent"
          },
          "else": {
            "@path": "$.properties.context.user.userAgent"
          }
        }
      },
      "locale": {
        "@if": {
          "exists": {
            "@path": "$.context.locale"
          },
          "then": {
            "@path": "$.context.locale"
          },
          "else": {
            "@path": "$.properties.context.user.locale"
          }
        }
      },
      "url": {
        "@if": {
          "exists": {
            "@path": "$.context.page.url"
          },
          "then": {
            "@path": "$.context.page.url"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.page.url"
              },
              "then": {
                "@path": "$.properties.context.page.url"
              },
              "else": {
                "@path": "$.properties.url"
              }
            }
          }
        }
      },
      "referrer": {
        "@if": {
          "exists": {
            "@path": "$.context.page.referrer"
          },
          "then": {
            "@path": "$.context.page.referrer"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.page.referrer"
              },
              "then": {
                "@path": "$.properties.context.page.referrer"
              },
              "else": {
                "@path": "$.properties.referrer"
              }
            }
          }
        }
      },
      "device": {
        "@path": "$.context.device"
      },
      "os": {
        "@path": "$.context.os"
      },
      "att_status": {
        "@if": {
          "exists": {
            "@path": "$.properties.att_status"
          },
          "then": {
            "@path": "$.properties.att_status"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.device.attStatus"
              },
              "then": {
                "@path": "$.context.device.attStatus"
              },
              "else": {
                "@path": "$.context.device.trackingStatus"
              }
            }
          }
        }
      },
      "ad": {
        "callback": {
          "@if": {
            "exists": {
              "@path": "$.properties.callback"
            },
            "then": {
              "@path": "$.properties.callback"
            },
            "else": {
              "@path": "$.properties.callBack"
            }
          }
        },
        "campaign_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.campaign_id"
            },
            "then": {
              "@path": "$.properties.campaign_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.campaignId"
                },
                "then": {
                  "@path": "$.properties.campaignId"
                },
                "else": {
                  "@if": {
                    "exists": {
                      "@path": "$.properties.campaign.id"
                    },
                    "then": {
                      "@path": "$.properties.campaign.id"
                    },
                    "else": {
                      "@if": {
                        "exists": {
                          "@path": "$.properties.campaign.name"
                        },
                        "then": {
                          "@path": "$.properties.campaign.name"
                        },
                        "else": {
                          "@path": "$.context.campaign.id"
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        },
        "ad_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.ad_id"
            },
            "then": {
              "@path": "$.properties.ad_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.adId"
                },
                "then": {
                  "@path": "$.properties.adId"
                },
                "else": {
                  "@path": "$.properties.campaign.ad_group"
                }
              }
            }
          }
        },
        "creative_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.creative_id"
            },
            "then": {
              "@path": "$.properties.creative_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.creativeId"
                },
                "then": {
                  "@path": "$.properties.creativeId"
                },
                "else": {
                  "@path": "$.properties.campaign.ad_creative"
                }
              }
            }
          }
        },
        "is_retargeting": {
          "@if": {
            "exists": {
              "@path": "$.properties.is_retargeting"
            },
            "then": {
              "@path": "$.properties.is_retargeting"
            },
            "else": {
              "@path": "$.properties.isRetargeting"
            }
          }
        },
        "attributed": {
          "@path": "$.properties.attributed"
        },
        "attribution_type": {
          "@if": {
            "exists": {
              "@path": "$.properties.attribution_type"
            },
            "then": {
              "@path": "$.properties.attribution_type"
            },
            "else": {
              "@path": "$.properties.attributionType"
            }
          }
        },
        "attribution_provider": {
          "@if": {
            "exists": {
              "@path": "$.properties.attribution_provider"
            },
            "then": {
              "@path": "$.properties.attribution_provider"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.attributionProvider"
                },
                "then": {
                  "@path": "$.properties.attributionProvider"
                },
                "else": {
                  "@if": {
                    "exists": {
                      "@path": "$.properties.provider"
                    },
                    "then": {
                      "@path": "$.properties.provider"
                    },
                    "else": {
                      "@path": "$.context.referrer.type"
                    }
                  }
                }
              }
            }
          }
        }
      },
      "app": {
        "@path": "$.context.app"
      },
      "contents": {
        "@if": {
          "exists": {
            "@path": "$.properties.contents"
          },
          "then": {
            "@arrayPath": [
              "$.properties.contents",
              {
                "content_id": {
                  "@path": "$.content_id"
                },
                "content_name": {
                  "@path": "$.content_name"
                },
                "content_category": {
                  "@path": "$.content_category"
                },
                "brand": {
                  "@path": "$.brand"
                },
                "price": {
                  "@path": "$.price"
                },
                "quantity": {
                  "@path": "$.quantity"
                }
              }
            ]
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.products"
              },
              "then": {
                "@arrayPath": [
                  "$.properties.products",
                  {
                    "content_id": {
                      "@if": {
                        "exists": {
                          "@path": "$.product_id"
                        },
                        "then": {
                          "@path": "$.product_id"
                        },
                        "else": {
                          "@if": {
                            "exists": {
                              "@path": "$.productId"
                            },
                            "then": {
                              "@path": "$.productId"
                            },
                            "else": {
                              "@if": {
                                "exists": {
                                  "@path": "$.sku"
                                },
                                "then": {
                                  "@path": "$.sku"
                                },
                                "else": {
                                  "@path": "$.id"
                                }
                              }
                            }
                          }
                        }
                      }
                    },
                    "content_name": {
                      "@path": "$.name"
                    },
                    "content_category": {
                      "@path": "$.category"
                    },
                    "brand": {
                      "@path": "$.brand"
                    },
                    "price": {
                      "@path": "$.price"
                    },
                    "quantity": {
                      "@path": "$.quantity"
                    }
                  }
                ]
              },
              "else": {
                "@if": {
                  "exists": {
                    "@if": {
                      "exists": {
                        "@path": "$.properties.product_id"
                      },
                      "then": {
                        "@path": "$.properties.product_id"
                      },
                      "else": {
                        "@if": {
                          "exists": {
                            "@path": "$.properties.productId"
                          },
                          "then": {
                            "@path": "$.properties.productId"
                          },
                          "else": {
                            "@path": "$.properties.sku"
                          }
                        }
                      }
                    }
                  },
                  "then": [
                    {
                      "content_id": {
                        "@if": {
                          "exists": {
                            "@path": "$.properties.product_id"
                          },
                          "then": {
                            "@path": "$.properties.product_id"
                          },
                          "else": {
                            "@if": {
                              "exists": {
                                "@path": "$.properties.productId"
                              },
                              "then": {
                                "@path": "$.properties.productId"
                              },
                              "else": {
                                "@path": "$.properties.sku"
                              }
                            }
                          }
                        }
                      },
                      "content_name": {
                        "@path": "$.properties.name"
                      },
                      "content_category": {
                        "@path": "$.properties.category"
                      },
                      "brand": {
                        "@path": "$.properties.brand"
                      },
                      "price": {
                        "@path": "$.properties.price"
                      },
                      "quantity": {
                        "@path": "$.properties.quantity"
                      }
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "content_ids": {
        "@path": "$.properties.content_ids"
      },
      "content_type": {
        "@if": {
          "exists": {
            "@path": "$.properties.content_type"
          },
          "then": {
            "@path": "$.properties.content_type"
          },
          "else": {
            "@path": "$.properties.contentType"
          }
        }
      },
      "currency": {
        "@if": {
          "exists": {
            "@path": "$.properties.currency"
          },
          "then": {
            "@path": "$.properties.currency"
          },
          "else": "USD"
        }
      },
      "value": {
        "@if": {
          "exists": {
            "@path": "$.properties.revenue"
          },
          "then": {
            "@path": "$.properties.revenue"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.total"
              },
              "then": {
                "@path": "$.properties.total"
              },
              "else": {
                "@path": "$.properties.value"
              }
            }
          }
        }
      },
      "num_items": {
        "@if": {
          "exists": {
            "@path": "$.properties.num_items"
          },
          "then": {
            "@path": "$.properties.num_items"
          },
          "else": {
            "@path": "$.properties.quantity"
          }
        }
      },
      "order_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.order_id"
          },
          "then": {
            "@path": "$.properties.order_id"
          },
          "else": {
            "@path": "$.properties.orderId"
          }
        }
      },
      "shop_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.shop_id"
          },
          "then": {
            "@path": "$.properties.shop_id"
          },
          "else": {
            "@path": "$.properties.shopId"
          }
        }
      },
      "description": {
        "@path": "$.properties.description"
      },
      "lead_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.lead_id"
          },
          "then": {
            "@path": "$.properties.lead_id"
          },
          "else": {
            "@path": "$.properties.leadId"
          }
        }
      },
      "lead_event_source": {
        "@if": {
          "exists": {
            "@path": "$.properties.lead_event_source"
          },
          "then": {
            "@path": "$.properties.lead_event_source"
          },
          "else": {
            "@path": "$.properties.leadEventSource"
          }
        }
      },
      "custom_properties": {
        "delivery_category": {
          "@path": "$.properties.delivery_category"
        },
        "predicted_ltv": {
          "@path": "$.properties.predicted_ltv"
        }
      },
      "consent_preferences": {
        "@path": "$.context.consent.categoryPreferences"
      },
      "consent_management": {
        "@path": "$.context.consentManagement"
      },
      "gpc": {
        "@path": "$.context.gpc"
      },
      "limited_data_use": {
        "@path": "$.properties.limited_data_use"
      }
    },
    "type": "automatic"
  },
  {
    "name": "Registration",
    "subscribe": "type = \"track\" and (event = \"Signed Up\" or event = \"signed up\" or event = \"Signed up\" or event = \"SIGNED UP\" or event = \"Account Created\" or event = \"account created\" or event = \"Account created\" or event = \"ACCOUNT CREATED\" or event = \"Registration Completed\" or event = \"registration completed\" or event = \"Registration completed\" or event = \"REGISTRATION COMPLETED\") and (context.device.type = \"ios\" or context.device.type = \"iOS\" or context.device.type = \"IOS\" or context.device.type = \"android\" or context.device.type = \"Android\" or context.device.type = \"ANDROID\")",
    "partnerAction": "reportEvent",
    "mapping": {
      "event": "Registration",
      "event_source": "app",
      "event_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.event_id"
          },
          "then": {
            "@path": "$.properties.event_id"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.eventId"
              },
              "then": {
                "@path": "$.properties.eventId"
              },
              "else": {
                "@path": "$.messageId"
              }
            }
          }
        }
      },
      "timestamp": {
        "@if": {
          "exists": {
            "@path": "$.timestamp"
          },
          "then": {
            "@path": "$.timestamp"
          },
          "else": {
            "@path": "$.originalTimestamp"
          }
        }
      },
      "email": {
        "@if": {
          "exists": {
            "@path": "$.properties.email"
          },
          "then": {
            "@path": "$.properties.email"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.email"
              },
              "then": {
                "@path": "$.context.traits.email"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.context.user.email"
                  },
                  "then": {
                    "@path": "$.context.user.email"
                  },
                  "else": {
                    "@path": "$.properties.context.user.email"
                  }
                }
              }
            }
          }
        }
      },
      "phone": {
        "@if": {
          "exists": {
            "@path": "$.properties.phone"
          },
          "then": {
            "@path": "$.properties.phone"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.phone"
              },
              "then": {
                "@path": "$.context.traits.phone"
              },
              "else": {
                "@path": "$.properties.context.user.phone"
              }
            }
          }
        }
      },
      "typed_external_ids": {
        "@path": "$.context.externalId"
      },
      "user_id": {
        "@path": "$.userId"
      },
      "anonymous_id": {
        "@path": "$.anonymousId"
      },
      "first_name": {
        "@if": {
          "exists": {
            "@path": "$.properties.first_name"
          },
          "then": {
            "@path": "$.properties.first_name"
          },
          "else": {
            "@path": "$.context.traits.firstName"
          }
        }
      },
      "last_name": {
        "@if": {
          "exists": {
            "@path": "$.properties.last_name"
          },
          "then": {
            "@path": "$.properties.last_name"
          },
          "else": {
            "@path": "$.context.traits.lastName"
          }
        }
      },
      "user_traits": {
        "@path": "$.context.traits"
      },
      "zip_code": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.postal_code"
          },
          "then": {
            "@path": "$.properties.address.postal_code"
          },
          "else": {
            "@path": "$.context.traits.address.postalCode"
          }
        }
      },
      "city": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.city"
          },
          "then": {
            "@path": "$.properties.address.city"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.city"
              },
              "then": {
                "@path": "$.context.traits.address.city"
              },
              "else": {
                "@path": "$.properties.city"
              }
            }
          }
        }
      },
      "state": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.state"
          },
          "then": {
            "@path": "$.properties.address.state"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.state"
              },
              "then": {
                "@path": "$.context.traits.address.state"
              },
              "else": {
                "@path": "$.properties.state"
              }
            }
          }
        }
      },
      "country": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.country"
          },
          "then": {
            "@path": "$.properties.address.country"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.country"
              },
              "then": {
                "@path": "$.context.traits.address.country"
              },
              "else": {
                "@path": "$.properties.country"
              }
            }
          }
        }
      },
      "ttp": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttp"
          },
          "then": {
            "@path": "$.properties.ttp"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttp"
              },
              "then": {
                "@path": "$.context.ttp"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.integrations.TikTok Conversions.ttp"
                  },
                  "then": {
                    "@path": "$.integrations.TikTok Conversions.ttp"
                  },
                  "else": {
                    "@if": {
                      "exists": {
                        "@path": "$.integrations.TikTok.ttp"
                      },
                      "then": {
                        "@path": "$.integrations.TikTok.ttp"
                      },
                      "else": {
                        "@path": "$.properties.context.user.ttp"
                      }
                    }
                  }
                }
              }
            }
          }
        }
      },
      "ttclid": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttclid"
          },
          "then": {
            "@path": "$.properties.ttclid"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttclid"
              },
              "then": {
                "@path": "$.context.ttclid"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.integrations.TikTok Conversions.ttclid"
                  },
                  "then": {
                    "@path": "$.integrations.TikTok Conversions.ttclid"
                  },
                  "else": {
                    "@path": "$.integrations.TikTok.ttclid"
                  }
                }
              }
            }
          }
        }
      },
      "ip": {
        "@if": {
          "exists": {
            "@path": "$.context.ip"
          },
          "then": {
            "@path": "$.context.ip"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.user.ip"
              },
              "then": {
                "@path": "$.properties.context.user.ip"
              },
              "else": {
                "@path": "$.request_ip"
              }
            }
          }
        }
      },
      "user_agent": {
        "@if": {
          "exists": {
            "@path": "$.context.userAgent"
          },
          "then": {
            "@path": "$.context.userAgent"
          },
          "else": {
            "@path": "$.properties.context.user.userAgent"
          }
        }
      },
      "locale": {
        "@if": {
          "exists": {
            "@path": "$.context.locale"
          },
          "then": {
            "@path": "$.context.locale"
          },
          "else": {
            "@path": "$.properties.context.user.locale"
          }
        }
      },
      "url": {
        "@if": {
          "exists": {
            "@path": "$.context.page.url"
          },
          "then": {
            "@path": "$.context.page.url"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.page.url"
              },
              "then": {
                "@path": "$.properties.context.page.url"
              },
              "else": {
                "@path": "$.properties.url"
              }
            }
          }
        }
      },
      "referrer": {
        "@if": {
          "exists": {
            "@path": "$.context.page.referrer"
          },
          "then": {
            "@path": "$.context.page.referrer"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.page.referrer"
              },
              "then": {
                "@path": "$.properties.context.page.referrer"
              },
              "else": {
                "@path": "$.properties.referrer"
              }
            }
          }
        }
      },
      "device": {
        "@path": "$.context.device"
      },
      "os": {
        "@path": "$.context.os"
      },
      "att_status": {
        "@if": {
          "exists": {
            "@path": "$.properties.att_status"
          },
          "then": {
            "@path": "$.properties.att_status"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.device.attStatus"
              },
              "then": {
                "@path": "$.context.device.attStatus"
              },
              "else": {
                "@path": "$.context.device.trackingStatus"
              }
            }
          }
        }
      },
      "ad": {
        "callback": {
          "@if": {
            "exists": {
              "@path": "$.properties.callback"
            },
            "then": {
              "@path": "$.properties.callback"
            },
            "else": {
              "@path": "$.properties.callBack"
            }
          }
        },
        "campaign_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.campaign_id"
            },
            "then": {
              "@path": "$.properties.campaign_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.campaignId"
                },
                "then": {
                  "@path": "$.properties.campaignId"
                },
                "else": {
                  "@if": {
                    "exists": {
                      "@path": "$.properties.campaign.id"
                    },
                    "then": {
                      "@path": "$.properties.campaign.id"
                    },
                    "else": {
                      "@if": {
                        "exists": {
                          "@path": "$.properties.campaign.name"
                        },
                        "then": {
                          "@path": "$.properties.campaign.name"
                        },
                        "else": {
                          "@path": "$.context.campaign.id"
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        },
        "ad_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.ad_id"
            },
            "then": {
              "@path": "$.properties.ad_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.adId"
                },
                "then": {
                  "@path": "$.properties.adId"
                },
                "else": {
                  "@path": "$.properties.campaign.ad_group"
                }
              }
            }
          }
        },
        "creative_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.creative_id"
            },
            "then": {
              "@path": "$.properties.creative_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.creativeId"
                },
                "then": {
                  "@path": "$.properties.creativeId"
                },
                "else": {
                  "@path": "$.properties.campaign.ad_creative"
                }
              }
            }
          }
        },
        "is_retargeting": {
          "@if": {
            "exists": {
              "@path": "$.properties.is_retargeting"
            },
            "then": {
              "@path": "$.properties.is_retargeting"
            },
            "else": {
              "@path": "$.properties.isRetargeting"
            }
          }
        },
        "attributed": {
          "@path": "$.properties.attributed"
        },
        "attribution_type": {
          "@if": {
            "exists": {
              "@path": "$.properties.attribution_type"
            },
            "then": {
              "@path": "$.properties.attribution_type"
            },
            "else": {
              "@path": "$.properties.attributionType"
            }
          }
        },
        "attribution_provider": {
          "@if": {
            "exists": {
              "@path": "$.properties.attribution_provider"
            },
            "then": {
              "@path": "$.properties.attribution_provider"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.attributionProvider"
                },
                "then": {
                  "@path": "$.properties.attributionProvider"
                },
                "else": {
                  "@if": {
                    "exists": {
                      "@path": "$.properties.provider"
                    },
                    "then": {
                      "@path": "$.properties.provider"
                    },
                    "else": {
                      "@path": "$.context.referrer.type"
                    }
                  }
                }
              }
            }
          }
        }
      },
      "app": {
        "@path": "$.context.app"
      },
      "contents": {
        "@if": {
          "exists": {
            "@path": "$.properties.contents"
          },
          "then": {
            "@arrayPath": [
              "$.properties.contents",
              {
                "content_id": {
                  "@path": "$.content_id"
                },
                "content_name": {
                  "@path": "$.content_name"
                },
                "content_category": {
                  "@path": "$.content_category"
                },
                "brand": {
                  "@path": "$.brand"
                },
                "price": {
                  "@path": "$.price"
                },
                "quantity": {
                  "@path": "$.quantity"
                }
              }
            ]
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.products"
              },
              "then": {
                "@arrayPath": [
                  "$.properties.products",
                  {
                    "content_id": {
                      "@if": {
                        "exists": {
                          "@path": "$.product_id"
                        },
                        "then": {
                          "@path": "$.product_id"
                        },
                        "else": {
                          "@if": {
                            "exists": {
                              "@path": "$.productId"
                            },
                            "then": {
                              "@path": "$.productId"
                            },
                            "else": {
                              "@if": {
                                "exists": {
                                  "@path": "$.sku"
                                },
                                "then": {
                                  "@path": "$.sku"
                                },
                                "else": {
                                  "@path": "$.id"
                                }
                              }
                            }
                          }
                        }
                      }
                    },
                    "content_name": {
                      "@path": "$.name"
                    },
                    "content_category": {
                      "@path": "$.category"
                    },
                    "brand": {
                      "@path": "$.brand"
                    },
                    "price": {
                      "@path": "$.price"
                    },
                    "quantity": {
                      "@path": "$.quantity"
                    }
                  }
                ]
              },
              "else": {
                "@if": {
                  "exists": {
                    "@if": {
                      "exists": {
                        "@path": "$.properties.product_id"
                      },
                      "then": {
                        "@path": "$.properties.product_id"
                      },
                      "else": {
                        "@if": {
                          "exists": {
                            "@path": "$.properties.productId"
                          },
                          "then": {
                            "@path": "$.properties.productId"
                          },
                          "else": {
                            "@path": "$.properties.sku"
                          }
                        }
                      }
                    }
                  },
                  "then": [
                    {
                      "content_id": {
                        "@if": {
                          "exists": {
                            "@path": "$.properties.product_id"
                          },
                          "then": {
                            "@path": "$.properties.product_id"
                          },
                          "else": {
                            "@if": {
                              "exists": {
                                "@path": "$.properties.productId"
                              },
                              "then": {
                                "@path": "$.properties.productId"
                              },
                              "else": {
                                "@path": "$.properties.sku"
                              }
                            }
                          }
                        }
                      },
                      "content_name": {
                        "@path": "$.properties.name"
                      },
                      "content_category": {
                        "@path": "$.properties.category"
                      },
                      "brand": {
                        "@path": "$.properties.brand"
                      },
                      "price": {
                        "@path": "$.properties.price"
                      },
                      "quantity": {
                        "@path": "$.properties.quantity"
                      }
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "content_ids": {
        "@path": "$.properties.content_ids"
      },
      "content_type": {
        "@if": {
          "exists": {
            "@path": "$.properties.content_type"
          },
          "then": {
            "@path": "$.properties.content_type"
          },
          "else": {
            "@path": "$.properties.contentType"
          }
        }
      },
      "currency": {
        "@path": "$.properties.currency"
      },
      "value": {
        "@if": {
          "exists": {
            "@path": "$.properties.revenue"
          },
          "then": {
            "@path": "$.properties.revenue"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.total"
              },
              "then": {
                "@path": "$.properties.total"
              },
              "else": {
                "@path": "$.properties.value"
              }
            }
          }
        }
      },
      "num_items": {
        "@if": {
          "exists": {
            "@path": "$.properties.num_items"
          },
          "then": {
            "@path": "$.properties.num_items"
          },
          "else": {
            "@path": "$.properties.quantity"
          }
        }
      },
      "order_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.order_id"
          },
          "then": {
            "@path": "$.properties.order_id"
          },
          "else": {
            "@path": "$.properties.orderId"
          }
        }
      },
      "shop_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.shop_id"
          },
          "then": {
            "@path": "$.properties.shop_id"
          },
          "else": {
            "@path": "$.properties.shopId"
          }
        }
      },
      "search_string": {
        "@if": {
          "exists": {
            "@path": "$.properties.search_string"
          },
          "then": {
            "@path": "$.properties.search_string"
          },
          "else": {
            "@path": "$.properties.query"
          }
        }
      },
      "description": {
        "@path": "$.properties.description"
      },
      "lead_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.lead_id"
          },
          "then": {
            "@path": "$.properties.lead_id"
          },
          "else": {
            "@path": "$.properties.leadId"
          }
        }
      },
      "lead_event_source": {
        "@if": {
          "exists": {
            "@path": "$.properties.lead_event_source"
          },
          "then": {
            "@path": "$.properties.lead_event_source"
          },
          "else": {
            "@path": "$.properties.leadEventSource"
          }
        }
      },
      "custom_properties": {
        "delivery_category": {
          "@path": "$.properties.delivery_category"
        },
        "predicted_ltv": {
          "@path": "$.properties.predicted_ltv"
        }
      },
      "consent_preferences": {
        "@path": "$.context.consent.categoryPreferences"
      },
      "consent_management": {
        "@path": "$.context.consentManagement"
      },
      "gpc": {
        "@path": "$.context.gpc"
      },
      "limited_data_use": {
        "@path": "$.properties.limited_data_use"
      }
    },
    "type": "automatic"
  },
  {
    "name": "Schedule",
    "subscribe": "type = \"track\" and (event = \"Appointment Scheduled\" or event = \"appointment scheduled\" or event = \"Appointment scheduled\" or event = \"APPOINTMENT SCHEDULED\" or event = \"Appointment Booked\" or event = \"appointment booked\" or event = \"Appointment booked\" or event = \"APPOINTMENT BOOKED\" or event = \"Demo Scheduled\" or event = \"demo scheduled\" or event = \"Demo scheduled\" or event = \"DEMO SCHEDULED\")",
    "partnerAction": "reportEvent",
    "mapping": {
      "event": "Schedule",
      "event_source": {
        "@if": {
          "exists": {
            "@path": "$.properties.event_source"
          },
          "then": {
            "@path": "$.properties.event_source"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.eventSource"
              },
              "then": {
                "@path": "$.properties.eventSource"
              },
              "else": {
                "@path": "$.channel"
              }
            }
          }
        }
      },
      "event_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.event_id"
          },
          "then": {
            "@path": "$.properties.event_id"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.eventId"
              },
              "then": {
                "@path": "$.properties.eventId"
              },
              "else": {
                "@path": "$.messageId"
              }
            }
          }
        }
      },
      "timestamp": {
        "@if": {
          "exists": {
            "@path": "$.timestamp"
          },
          "then": {
            "@path": "$.timestamp"
          },
          "else": {
            "@path": "$.originalTimestamp"
          }
        }
      },
      "email": {
        "@if": {
          "exists": {
            "@path": "$.properties.email"
          },
          "then": {
            "@path": "$.properties.email"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.email"
              },
              "then": {
                "@path": "$.context.traits.email"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.context.user.email"
                  },
                  "then": {
                    "@path": "$.context.user.email"
                  },
                  "else": {
                    "@path": "$.properties.context.user.email"
                  }
                }
              }
            }
          }
        }
      },
      "phone": {
        "@if": {
          "exists": {
            "@path": "$.properties.phone"
          },
          "then": {
            "@path": "$.properties.phone"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.phone"
              },
              "then": {
                "@path": "$.context.traits.phone"
              },
              "else": {
                "@path": "$.properties.context.user.phone"
              }
            }
          }
        }
      },
      "typed_external_ids": {
        "@path": "$.context.externalId"
      },
      "user_id": {
        "@path": "$.userId"
      },
      "anonymous_id": {
        "@path": "$.anonymousId"
      },
      "first_name": {
        "@if": {
          "exists": {
            "@path": "$.properties.first_name"
          },
          "then": {
            "@path": "$.properties.first_name"
          },
          "else": {
            "@path": "$.context.traits.firstName"
          }
        }
      },
      "last_name": {
        "@if": {
          "exists": {
            "@path": "$.properties.last_name"
          },
          "then": {
            "@path": "$.properties.last_name"
          },
          "else": {
            "@path": "$.context.traits.lastName"
          }
        }
      },
      "user_traits": {
        "@path": "$.context.traits"
      },
      "zip_code": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.postal_code"
          },
          "then": {
            "@path": "$.properties.address.postal_code"
          },
          "else": {
            "@path": "$.context.traits.address.postalCode"
          }
        }
      },
      "city": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.city"
          },
          "then": {
            "@path": "$.properties.address.city"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.city"
              },
              "then": {
                "@path": "$.context.traits.address.city"
              },
              "else": {
                "@path": "$.properties.city"
              }
            }
          }
        }
      },
      "state": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.state"
          },
          "then": {
            "@path": "$.properties.address.state"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.state"
              },
              "then": {
                "@path": "$.context.traits.address.state"
              },
              "else": {
                "@path": "$.properties.state"
              }
            }
          }
        }
      },
      "country": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.country"
          },
          "then": {
            "@path": "$.properties.address.country"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.country"
              },
              "then": {
                "@path": "$.context.traits.address.country"
              },
              "else": {
                "@path": "$.properties.country"
              }
            }
          }
        }
      },
      "ttp": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttp"
          },
          "then": {
            "@path": "$.properties.ttp"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttp"
              },
              "then": {
                "@path": "$.context.ttp"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.integrations.TikTok Conversions.ttp"
                  },
                  "then": {
                    "@path": "$.integrations.TikTok Conversions.ttp"
                  },
                  "else": {
                    "@if": {
                      "exists": {
                        "@path": "$.integrations.TikTok.ttp"
                      },
                      "then": {
                        "@path": "$.integrations.TikTok.ttp"
                      },
                      "else": {
                        "@path": "$.properties.context.user.ttp"
                      }
                    }
                  }
                }
              }
            }
          }
        }
      },
      "ttclid": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttclid"
          },
          "then": {
            "@path": "$.properties.ttclid"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttclid"
              },
              "then": {
                "@path": "$.context.ttclid"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.integrations.TikTok Conversions.ttclid"
                  },
                  "then": {
                    "@path": "$.integrations.TikTok Conversions.ttclid"
                  },
                  "else": {
                    "@path": "$.integrations.TikTok.ttclid"
                  }
                }
              }
            }
          }
        }
      },
      "ip": {
        "@if": {
          "exists": {
            "@path": "$.context.ip"
          },
          "then": {
            "@path": "$.context.ip"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.user.ip"
              },
              "then": {
                "@path": "$.properties.context.user.ip"
              },
              "else": {
                "@path": "$.request_ip"
              }
            }
          }
        }
      },
      "user_agent": {
        "@if": {
          "exists": {
            "@path": "$.context.userAgent"
          },
          "then": {
            "@path": "$.context.userAgent"
          },
          "else": {
            "@path": "$.properties.context.user.userAgent"
          }
        }
      },
      "locale": {
        "@if": {
          "exists": {
            "@path": "$.context.locale"
          },
          "then": {
            "@path": "$.context.locale"
          },
          "else": {
            "@path": "$.properties.context.user.locale"
          }
        }
      },
      "url": {
        "@if": {
          "exists": {
            "@path": "$.context.page.url"
          },
          "then": {
            "@path": "$.context.page.url"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.page.url"
              },
              "then": {
                "@path": "$.properties.context.page.url"
              },
              "else": {
                "@path": "$.properties.url"
              }
            }
          }
        }
      },
      "referrer": {
        "@if": {
          "exists": {
            "@path": "$.context.page.referrer"
          },
          "then": {
            "@path": "$.context.page.referrer"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.page.referrer"
              },
              "then": {
                "@path": "$.properties.context.page.referrer"
              },
              "else": {
                "@path": "$.properties.referrer"
              }
            }
          }
        }
      },
      "device": {
        "@path": "$.context.device"
      },
      "os": {
        "@path": "$.context.os"
      },
      "att_status": {
        "@if": {
          "exists": {
            "@path": "$.properties.att_status"
          },
          "then": {
            "@path": "$.properties.att_status"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.device.attStatus"
              },
              "then": {
                "@path": "$.context.device.attStatus"
              },
              "else": {
                "@path": "$.context.device.trackingStatus"
              }
            }
          }
        }
      },
      "ad": {
        "callback": {
          "@if": {
            "exists": {
              "@path": "$.properties.callback"
            },
            "then": {
              "@path": "$.properties.callback"
            },
            "else": {
              "@path": "$.properties.callBack"
            }
          }
        },
        "campaign_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.campaign_id"
            },
            "then": {
              "@path": "$.properties.campaign_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.campaignId"
                },
                "then": {
                  "@path": "$.properties.campaignId"
                },
                "else": {
                  "@if": {
                    "exists": {
                      "@path": "$.properties.campaign.id"
                    },
                    "then": {
                      "@path": "$.properties.campaign.id"
                    },
                    "else": {
                      "@if": {
                        "exists": {
                          "@path": "$.properties.campaign.name"
                        },
                        "then": {
                          "@path": "$.properties.campaign.name"
                        },
                        "else": {
                          "@path": "$.context.campaign.id"
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        },
        "ad_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.ad_id"
            },
            "then": {
              "@path": "$.properties.ad_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.adId"
                },
                "then": {
                  "@path": "$.properties.adId"
                },
                "else": {
                  "@path": "$.properties.campaign.ad_group"
                }
              }
            }
          }
        },
        "creative_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.creative_id"
            },
            "then": {
              "@path": "$.properties.creative_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.creativeId"
                },
                "then": {
                  "@path": "$.properties.creativeId"
                },
                "else": {
                  "@path": "$.properties.campaign.ad_creative"
                }
              }
            }
          }
        },
        "is_retargeting": {
          "@if": {
            "exists": {
              "@path": "$.properties.is_retargeting"
            },
            "then": {
              "@path": "$.properties.is_retargeting"
            },
            "else": {
              "@path": "$.properties.isRetargeting"
            }
          }
        },
        "attributed": {
          "@path": "$.properties.attributed"
        },
        "attribution_type": {
          "@if": {
            "exists": {
              "@path": "$.properties.attribution_type"
            },
            "then": {
              "@path": "$.properties.attribution_type"
            },
            "else": {
              "@path": "$.properties.attributionType"
            }
          }
        },
        "attribution_provider": {
          "@if": {
            "exists": {
              "@path": "$.properties.attribution_provider"
            },
            "then": {
              "@path": "$.properties.attribution_provider"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.attributionProvider"
                },
                "then": {
                  "@path": "$.properties.attributionProvider"
                },
                "else": {
                  "@if": {
                    "exists": {
                      "@path": "$.properties.provider"
                    },
                    "then": {
                      "@path": "$.properties.provider"
                    },
                    "else": {
                      "@path": "$.context.referrer.type"
                    }
                  }
                }
              }
            }
          }
        }
      },
      "app": {
        "@path": "$.context.app"
      },
      "contents": {
        "@if": {
          "exists": {
            "@path": "$.properties.contents"
          },
          "then": {
            "@arrayPath": [
              "$.properties.contents",
              {
                "content_id": {
                  "@path": "$.content_id"
                },
                "content_name": {
                  "@path": "$.content_name"
                },
                "content_category": {
                  "@path": "$.content_category"
                },
                "brand": {
                  "@path": "$.brand"
                },
                "price": {
                  "@path": "$.price"
                },
                "quantity": {
                  "@path": "$.quantity"
                }
              }
            ]
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.products"
              },
              "then": {
                "@arrayPath": [
                  "$.properties.products",
                  {
                    "content_id": {
                      "@if": {
                        "exists": {
                          "@path": "$.product_id"
                        },
                        "then": {
                          "@path": "$.product_id"
                        },
                        "else": {
                          "@if": {
                            "exists": {
                              "@path": "$.productId"
                            },
                            "then": {
                              "@path": "$.productId"
                            },
                            "else": {
                              "@if": {
                                "exists": {
                                  "@path": "$.sku"
                                },
                                "then": {
                                  "@path": "$.sku"
                                },
                                "else": {
                                  "@path": "$.id"
                                }
                              }
                            }
                          }
                        }
                      }
                    },
                    "content_name": {
                      "@path": "$.name"
                    },
                    "content_category": {
                      "@path": "$.category"
                    },
                    "brand": {
                      "@path": "$.brand"
                    },
                    "price": {
                      "@path": "$.price"
                    },
                    "quantity": {
                      "@path": "$.quantity"
                    }
                  }
                ]
              },
              "else": {
                "@if": {
                  "exists": {
                    "@if": {
                      "exists": {
                        "@path": "$.properties.product_id"
                      },
                      "then": {
                        "@path": "$.properties.product_id"
                      },
                      "else": {
                        "@if": {
                          "exists": {
                            "@path": "$.properties.productId"
                          },
                          "then": {
                            "@path": "$.properties.productId"
                          },
                          "else": {
                            "@path": "$.properties.sku"
                          }
                        }
                      }
                    }
                  },
                  "then": [
                    {
                      "content_id": {
                        "@if": {
                          "exists": {
                            "@path": "$.properties.product_id"
                          },
                          "then": {
                            "@path": "$.properties.product_id"
                          },
                          "else": {
                            "@if": {
                              "exists": {
                                "@path": "$.properties.productId"
                              },
                              "then": {
                                "@path": "$.properties.productId"
                              },
                              "else": {
                                "@path": "$.properties.sku"
                              }
                            }
                          }
                        }
                      },
                      "content_name": {
                        "@path": "$.properties.name"
                      },
                      "content_category": {
                        "@path": "$.properties.category"
                      },
                      "brand": {
                        "@path": "$.properties.brand"
                      },
                      "price": {
                        "@path": "$.properties.price"
                      },
                      "quantity": {
                        "@path": "$.properties.quantity"
                      }
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "content_ids": {
        "@path": "$.properties.content_ids"
      },
      "content_type": {
        "@if": {
          "exists": {
            "@path": "$.properties.content_type"
          },
          "then": {
            "@path": "$.properties.content_type"
          },
          "else": {
            "@path": "$.properties.contentType"
          }
        }
      },
      "currency": {
        "@path": "$.properties.currency"
      },
      "value": {
        "@if": {
          "exists": {
            "@path": "$.properties.revenue"
          },
          "then": {
            "@path": "$.properties.revenue"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.total"
              },
              "then": {
                "@path": "$.properties.total"
              },
              "else": {
                "@path": "$.properties.value"
              }
            }
          }
        }
      },
      "num_items": {
        "@if": {
          "exists": {
            "@path": "$.properties.num_items"
          },
          "then": {
            "@path": "$.properties.num_items"
          },
          "else": {
            "@path": "$.properties.quantity"
          }
        }
      },
      "order_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.order_id"
          },
          "then": {
            "@path": "$.properties.order_id"
          },
          "else": {
            "@path": "$.properties.orderId"
          }
        }
      },
      "shop_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.shop_id"
          },
          "then": {
            "@path": "$.properties.shop_id"
          },
          "else": {
            "@path": "$.properties.shopId"
          }
        }
      },
      "description": {
        "@path": "$.properties.description"
      },
      "lead_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.lead_id"
          },
          "then": {
            "@path": "$.properties.lead_id"
          },
          "else": {
            "@path": "$.properties.leadId"
          }
        }
      },
      "lead_event_source": {
        "@if": {
          "exists": {
            "@path": "$.properties.lead_event_source"
          },
          "then": {
            "@path": "$.properties.lead_event_source"
          },
          "else": {
            "@path": "$.properties.leadEventSource"
          }
        }
      },
      "custom_properties": {
        "delivery_category": {
          "@path": "$.properties.delivery_category"
        },
        "predicted_ltv": {
          "@path": "$.properties.predicted_ltv"
        }
      },
      "consent_preferences": {
        "@path": "$.context.consent.categoryPreferences"
      },
      "consent_management": {
        "@path": "$.context.consentManagement"
      },
      "gpc": {
        "@path": "$.context.gpc"
      },
      "limited_data_use": {
        "@path": "$.properties.limited_data_use"
      }
    },
    "type": "automatic"
  },
  {
    "name": "Search",
    "subscribe": "type = \"track\" and (event = \"Products Searched\" or event = \"products searched\" or event = \"Products searched\" or event = \"PRODUCTS SEARCHED\")",
    "partnerAction": "reportEvent",
    "mapping": {
      "event": "Search",
      "event_source": {
        "@if": {
          "exists": {
            "@path": "$.properties.event_source"
          },
          "then": {
            "@path": "$.properties.event_source"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.eventSource"
              },
              "then": {
                "@path": "$.properties.eventSource"
              },
              "else": {
                "@path": "$.channel"
              }
            }
          }
        }
      },
      "event_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.event_id"
          },
          "then": {
            "@path": "$.properties.event_id"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.eventId"
              },
              "then": {
                "@path": "$.properties.eventId"
              },
              "else": {
                "@path": "$.messageId"
              }
            }
          }
        }
      },
      "timestamp": {
        "@if": {
          "exists": {
            "@path": "$.timestamp"
          },
          "then": {
            "@path": "$.timestamp"
          },
          "else": {
            "@path": "$.originalTimestamp"
          }
        }
      },
      "email": {
        "@if": {
          "exists": {
            "@path": "$.properties.email"
          },
          "then": {
            "@path": "$.properties.email"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.email"
              },
              "then": {
                "@path": "$.context.traits.email"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.context.user.email"
                  },
                  "then": {
                    "@path": "$.context.user.email"
                  },
                  "else": {
                    "@path": "$.properties.context.user.email"
                  }
                }
              }
            }
          }
        }
      },
      "phone": {
        "@if": {
          "exists": {
            "@path": "$.properties.phone"
          },
          "then": {
            "@path": "$.properties.phone"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.phone"
              },
              "then": {
                "@path": "$.context.traits.phone"
              },
              "else": {
                "@path": "$.properties.context.user.phone"
              }
            }
          }
        }
      },
      "typed_external_ids": {
        "@path": "$.context.externalId"
      },
      "user_id": {
        "@path": "$.userId"
      },
      "anonymous_id": {
        "@path": "$.anonymousId"
      },
      "first_name": {
        "@if": {
          "exists": {
            "@path": "$.properties.first_name"
          },
          "then": {
            "@path": "$.properties.first_name"
          },
          "else": {
            "@path": "$.context.traits.firstName"
          }
        }
      },
      "last_name": {
        "@if": {
          "exists": {
            "@path": "$.properties.last_name"
          },
          "then": {
            "@path": "$.properties.last_name"
          },
          "else": {
            "@path": "$.context.traits.lastName"
          }
        }
      },
      "user_traits": {
        "@path": "$.context.traits"
      },
      "zip_code": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.postal_code"
          },
          "then": {
            "@path": "$.properties.address.postal_code"
          },
          "else": {
            "@path": "$.context.traits.address.postalCode"
          }
        }
      },
      "city": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.city"
          },
          "then": {
            "@path": "$.properties.address.city"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.city"
              },
              "then": {
                "@path": "$.context.traits.address.city"
              },
              "else": {
                "@path": "$.properties.city"
              }
            }
          }
        }
      },
      "state": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.state"
          },
          "then": {
            "@path": "$.properties.address.state"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.state"
              },
              "then": {
                "@path": "$.context.traits.address.state"
              },
              "else": {
                "@path": "$.properties.state"
              }
            }
          }
        }
      },
      "country": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.country"
          },
          "then": {
            "@path": "$.properties.address.country"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.country"
              },
              "then": {
                "@path": "$.context.traits.address.country"
              },
              "else": {
                "@path": "$.properties.country"
              }
            }
          }
        }
      },
      "ttp": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttp"
          },
          "then": {
            "@path": "$.properties.ttp"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttp"
              },
              "then": {
                "@path": "$.context.ttp"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.integrations.TikTok Conversions.ttp"
                  },
                  "then": {
                    "@path": "$.integrations.TikTok Conversions.ttp"
                  },
                  "else": {
                    "@if": {
                      "exists": {
                        "@path": "$.integrations.TikTok.ttp"
                      },
                      "then": {
                        "@path": "$.integrations.TikTok.ttp"
                      },
                      "else": {
                        "@path": "$.properties.context.user.ttp"
                      }
                    }
                  }
                }
              }
            }
          }
        }
      },
      "ttclid": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttclid"
          },
          "then": {
            "@path": "$.properties.ttclid"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttclid"
              },
              "then": {
                "@path": "$.context.ttclid"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.integrations.TikTok Conversions.ttclid"
                  },
                  "then": {
                    "@path": "$.integrations.TikTok Conversions.ttclid"
                  },
                  "else": {
                    "@path": "$.integrations.TikTok.ttclid"
                  }
                }
              }
            }
          }
        }
      },
      "ip": {
        "@if": {
          "exists": {
            "@path": "$.context.ip"
          },
          "then": {
            "@path": "$.context.ip"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.user.ip"
              },
              "then": {
                "@path": "$.properties.context.user.ip"
              },
              "else": {
                "@path": "$.request_ip"
              }
            }
          }
        }
      },
      "user_agent": {
        "@if": {
          "exists": {
            "@path": "$.context.userAgent"
          },
          "then": {
            "@path": "$.context.userAgent"
          },
          "else": {
            "@path": "$.properties.context.user.userAgent"
          }
        }
      },
      "locale": {
        "@if": {
          "exists": {
            "@path": "$.context.locale"
          },
          "then": {
            "@path": "$.context.locale"
          },
          "else": {
            "@path": "$.properties.context.user.locale"
          }
        }
      },
      "url": {
        "@if": {
          "exists": {
            "@path": "$.context.page.url"
          },
          "then": {
            "@path": "$.context.page.url"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.page.url"
              },
              "then": {
                "@path": "$.properties.context.page.url"
              },
              "else": {
                "@path": "$.properties.url"
              }
            }
          }
        }
      },
      "referrer": {
        "@if": {
          "exists": {
            "@path": "$.context.page.referrer"
          },
          "then": {
            "@path": "$.context.page.referrer"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.page.referrer"
              },
              "then": {
                "@path": "$.properties.context.page.referrer"
              },
              "else": {
                "@path": "$.properties.referrer"
              }
            }
          }
        }
      },
      "device": {
        "@path": "$.context.device"
      },
      "os": {
        "@path": "$.context.os"
      },
      "att_status": {
        "@if": {
          "exists": {
            "@path": "$.properties.att_status"
          },
          "then": {
            "@path": "$.properties.att_status"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.device.attStatus"
              },
              "then": {
                "@path": "$.context.device.attStatus"
              },
              "else": {
                "@path": "$.context.device.trackingStatus"
              }
            }
          }
        }
      },
      "ad": {
        "callback": {
          "@if": {
            "exists": {
              "@path": "$.properties.callback"
            },
            "then": {
              "@path": "$.properties.callback"
            },
            "else": {
              "@path": "$.properties.callBack"
            }
          }
        },
        "campaign_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.campaign_id"
            },
            "then": {
              "@path": "$.properties.campaign_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.campaignId"
                },
                "then": {
                  "@path": "$.properties.campaignId"
                },
                "else": {
                  "@if": {
                    "exists": {
                      "@path": "$.properties.campaign.id"
                    },
                    "then": {
                      "@path": "$.properties.campaign.id"
                    },
                    "else": {
                      "@if": {
                        "exists": {
                          "@path": "$.properties.campaign.name"
                        },
                        "then": {
                          "@path": "$.properties.campaign.name"
                        },
                        "else": {
                          "@path": "$.context.campaign.id"
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        },
        "ad_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.ad_id"
            },
            "then": {
              "@path": "$.properties.ad_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.adId"
                },
                "then": {
                  "@path": "$.properties.adId"
                },
                "else": {
                  "@path": "$.properties.campaign.ad_group"
                }
              }
            }
          }
        },
        "creative_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.creative_id"
            },
            "then": {
              "@path": "$.properties.creative_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.creativeId"
                },
                "then": {
                  "@path": "$.properties.creativeId"
                },
                "else": {
                  "@path": "$.properties.campaign.ad_creative"
                }
              }
            }
          }
        },
        "is_retargeting": {
          "@if": {
            "exists": {
              "@path": "$.properties.is_retargeting"
            },
            "then": {
              "@path": "$.properties.is_retargeting"
            },
            "else": {
              "@path": "$.properties.isRetargeting"
            }
          }
        },
        "attributed": {
          "@path": "$.properties.attributed"
        },
        "attribution_type": {
          "@if": {
            "exists": {
              "@path": "$.properties.attribution_type"
            },
            "then": {
              "@path": "$.properties.attribution_type"
            },
            "else": {
              "@path": "$.properties.attributionType"
            }
          }
        },
        "attribution_provider": {
          "@if": {
            "exists": {
              "@path": "$.properties.attribution_provider"
            },
            "then": {
              "@path": "$.properties.attribution_provider"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.attributionProvider"
                },
                "then": {
                  "@path": "$.properties.attributionProvider"
                },
                "else": {
                  "@if": {
                    "exists": {
                      "@path": "$.properties.provider"
                    },
                    "then": {
                      "@path": "$.properties.provider"
                    },
                    "else": {
                      "@path": "$.context.referrer.type"
                    }
                  }
                }
              }
            }
          }
        }
      },
      "app": {
        "@path": "$.context.app"
      },
      "contents": {
        "@if": {
          "exists": {
            "@path": "$.properties.contents"
          },
          "then": {
            "@arrayPath": [
              "$.properties.contents",
              {
                "content_id": {
                  "@path": "$.content_id"
                },
                "content_name": {
                  "@path": "$.content_name"
                },
                "content_category": {
                  "@path": "$.content_category"
                },
                "brand": {
                  "@path": "$.brand"
                },
                "price": {
                  "@path": "$.price"
                },
                "quantity": {
                  "@path": "$.quantity"
                }
              }
            ]
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.products"
              },
              "then": {
                "@arrayPath": [
                  "$.properties.products",
                  {
                    "content_id": {
                      "@if": {
                        "exists": {
                          "@path": "$.product_id"
                        },
                        "then": {
                          "@path": "$.product_id"
                        },
                        "else": {
                          "@if": {
                            "exists": {
                              "@path": "$.productId"
                            },
                            "then": {
                              "@path": "$.productId"
                            },
                            "else": {
                              "@if": {
                                "exists": {
                                  "@path": "$.sku"
                                },
                                "then": {
                                  "@path": "$.sku"
                                },
                                "else": {
                                  "@path": "$.id"
                                }
                              }
                            }
                          }
                        }
                      }
                    },
                    "content_name": {
                      "@path": "$.name"
                    },
                    "content_category": {
                      "@path": "$.category"
                    },
                    "brand": {
                      "@path": "$.brand"
                    },
                    "price": {
                      "@path": "$.price"
                    },
                    "quantity": {
                      "@path": "$.quantity"
                    }
                  }
                ]
              },
              "else": {
                "@if": {
                  "exists": {
                    "@if": {
                      "exists": {
                        "@path": "$.properties.product_id"
                      },
                      "then": {
                        "@path": "$.properties.product_id"
                      },
                      "else": {
                        "@if": {
                          "exists": {
                            "@path": "$.properties.productId"
                          },
                          "then": {
                            "@path": "$.properties.productId"
                          },
                          "else": {
                            "@path": "$.properties.sku"
                          }
                        }
                      }
                    }
                  },
                  "then": [
                    {
                      "content_id": {
                        "@if": {
                          "exists": {
                            "@path": "$.properties.product_id"
                          },
                          "then": {
                            "@path": "$.properties.product_id"
                          },
                          "else": {
                            "@if": {
                              "exists": {
                                "@path": "$.properties.productId"
                              },
                              "then": {
                                "@path": "$.properties.productId"
                              },
                              "else": {
                                "@path": "$.properties.sku"
                              }
                            }
                          }
                        }
                      },
                      "content_name": {
                        "@path": "$.properties.name"
                      },
                      "content_category": {
                        "@path": "$.properties.category"
                      },
                      "brand": {
                        "@path": "$.properties.brand"
                      },
                      "price": {
                        "@path": "$.properties.price"
                      },
                      "quantity": {
                        "@path": "$.properties.quantity"
                      }
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "content_ids": {
        "@path": "$.properties.content_ids"
      },
      "content_type": {
        "@if": {
          "exists": {
            "@path": "$.properties.content_type"
          },
          "then": {
            "@path": "$.properties.content_type"
          },
          "else": {
            "@path": "$.properties.contentType"
          }
        }
      },
      "currency": {
        "@path": "$.properties.currency"
      },
      "value": {
        "@if": {
          "exists": {
            "@path": "$.properties.revenue"
          },
          "then": {
            "@path": "$.properties.revenue"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.total"
              },
              "then": {
                "@path": "$.properties.total"
              },
              "else": {
                "@path": "$.properties.value"
              }
            }
          }
        }
      },
      "num_items": {
        "@if": {
          "exists": {
            "@path": "$.properties.num_items"
          },
          "then": {
            "@path": "$.properties.num_items"
          },
          "else": {
            "@path": "$.properties.quantity"
          }
        }
      },
      "order_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.order_id"
          },
          "then": {
            "@path": "$.properties.order_id"
          },
          "else": {
            "@path": "$.properties.orderId"
          }
        }
      },
      "shop_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.shop_id"
          },
          "then": {
            "@path": "$.properties.shop_id"
          },
          "else": {
            "@path": "$.properties.shopId"
          }
        }
      },
      "search_string": {
        "@if": {
          "exists": {
            "@path": "$.properties.search_string"
          },
          "then": {
            "@path": "$.properties.search_string"
          },
          "else": {
            "@path": "$.properties.query"
          }
        }
      },
      "description": {
        "@path": "$.properties.description"
      },
      "lead_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.lead_id"
          },
          "then": {
            "@path": "$.properties.lead_id"
          },
          "else": {
            "@path": "$.properties.leadId"
          }
        }
      },
      "lead_event_source": {
        "@if": {
          "exists": {
            "@path": "$.properties.lead_event_source"
          },
          "then": {
            "@path": "$.properties.lead_event_source"
          },
          "else": {
            "@path": "$.properties.leadEventSource"
          }
        }
      },
      "custom_properties": {
        "delivery_category": {
          "@path": "$.properties.delivery_category"
        },
        "predicted_ltv": {
          "@path": "$.properties.predicted_ltv"
        }
      },
      "consent_preferences": {
        "@path": "$.context.consent.categoryPreferences"
      },
      "consent_management": {
        "@path": "$.context.consentManagement"
      },
      "gpc": {
        "@path": "$.context.gpc"
      },
      "limited_data_use": {
        "@path": "$.properties.limited_data_use"
      }
    },
    "type": "automatic"
  },
  {
    "name": "Start Trial",
    "subscribe": "type = \"track\" and (event = \"Trial Started\" or event = \"trial started\" or event = \"Trial started\" or event = \"TRIAL STARTED\" or event = \"Start Trial\" or event = \"start trial\" or event = \"Start trial\" or event = \"START TRIAL\")",
    "partnerAction": "reportEvent",
    "mapping": {
      "event": "StartTrial",
      "event_source": {
        "@if": {
          "exists": {
            "@path": "$.properties.event_source"
          },
          "then": {
            "@path": "$.properties.event_source"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.eventSource"
              },
              "then": {
                "@path": "$.properties.eventSource"
              },
              "else": {
                "@path": "$.channel"
              }
            }
          }
        }
      },
      "event_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.event_id"
          },
          "then": {
            "@path": "$.properties.event_id"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.eventId"
              },
              "then": {
                "@path": "$.properties.eventId"
              },
              "else": {
                "@path": "$.messageId"
              }
            }
          }
        }
      },
      "timestamp": {
        "@if": {
          "exists": {
            "@path": "$.timestamp"
          },
          "then": {
            "@path": "$.timestamp"
          },
          "else": {
            "@path": "$.originalTimestamp"
          }
        }
      },
      "email": {
        "@if": {
          "exists": {
            "@path": "$.properties.email"
          },
          "then": {
            "@path": "$.properties.email"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.email"
              },
              "then": {
                "@path": "$.context.traits.email"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.context.user.email"
                  },
                  "then": {
                    "@path": "$.context.user.email"
                  },
                  "else": {
                    "@path": "$.properties.context.user.email"
                  }
                }
              }
            }
          }
        }
      },
      "phone": {
        "@if": {
          "exists": {
            "@path": "$.properties.phone"
          },
          "then": {
            "@path": "$.properties.phone"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.phone"
              },
              "then": {
                "@path": "$.context.traits.phone"
              },
              "else": {
                "@path": "$.properties.context.user.phone"
              }
            }
          }
        }
      },
      "typed_external_ids": {
        "@path": "$.context.externalId"
      },
      "user_id": {
        "@path": "$.userId"
      },
      "anonymous_id": {
        "@path": "$.anonymousId"
      },
      "first_name": {
        "@if": {
          "exists": {
            "@path": "$.properties.first_name"
          },
          "then": {
            "@path": "$.properties.first_name"
          },
          "else": {
            "@path": "$.context.traits.firstName"
          }
        }
      },
      "last_name": {
        "@if": {
          "exists": {
            "@path": "$.properties.last_name"
          },
          "then": {
            "@path": "$.properties.last_name"
          },
          "else": {
            "@path": "$.context.traits.lastName"
          }
        }
      },
      "user_traits": {
        "@path": "$.context.traits"
      },
      "zip_code": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.postal_code"
          },
          "then": {
            "@path": "$.properties.address.postal_code"
          },
          "else": {
            "@path": "$.context.traits.address.postalCode"
          }
        }
      },
      "city": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.city"
          },
          "then": {
            "@path": "$.properties.address.city"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.city"
              },
              "then": {
                "@path": "$.context.traits.address.city"
              },
              "else": {
                "@path": "$.properties.city"
              }
            }
          }
        }
      },
      "state": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.state"
          },
          "then": {
            "@path": "$.properties.address.state"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.state"
              },
              "then": {
                "@path": "$.context.traits.address.state"
              },
              "else": {
                "@path": "$.properties.state"
              }
            }
          }
        }
      },
      "country": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.country"
          },
          "then": {
            "@path": "$.properties.address.country"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.country"
              },
              "then": {
                "@path": "$.context.traits.address.country"
              },
              "else": {
                "@path": "$.properties.country"
              }
            }
          }
        }
      },
      "ttp": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttp"
          },
          "then": {
            "@path": "$.properties.ttp"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttp"
              },
              "then": {
                "@path": "$.context.ttp"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.integrations.TikTok Conversions.ttp"
                  },
                  "then": {
                    "@path": "$.integrations.TikTok Conversions.ttp"
                  },
                  "else": {
                    "@if": {
                      "exists": {
                        "@path": "$.integrations.TikTok.ttp"
                      },
                      "then": {
                        "@path": "$.integrations.TikTok.ttp"
                      },
                      "else": {
                        "@path": "$.properties.context.user.ttp"
                      }
                    }
                  }
                }
              }
            }
          }
        }
      },
      "ttclid": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttclid"
          },
          "then": {
            "@path": "$.properties.ttclid"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttclid"
              },
              "then": {
                "@path": "$.context.ttclid"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.integrations.TikTok Conversions.ttclid"
                  },
                  "then": {
                    "@path": "$.integrations.TikTok Conversions.ttclid"
                  },
                  "else": {
                    "@path": "$.integrations.TikTok.ttclid"
                  }
                }
              }
            }
          }
        }
      },
      "ip": {
        "@if": {
          "exists": {
            "@path": "$.context.ip"
          },
          "then": {
            "@path": "$.context.ip"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.user.ip"
              },
              "then": {
                "@path": "$.properties.context.user.ip"
              },
              "else": {
                "@path": "$.request_ip"
              }
            }
          }
        }
      },
      "user_agent": {
        "@if": {
          "exists": {
            "@path": "$.context.userAgent"
          },
          "then": {
            "@path": "$.context.userAgent"
          },
          "else": {
            "@path": "$.properties.context.user.userAgent"
          }
        }
      },
      "locale": {
        "@if": {
          "exists": {
            "@path": "$.context.locale"
          },
          "then": {
            "@path": "$.context.locale"
          },
          "else": {
            "@path": "$.properties.context.user.locale"
          }
        }
      },
      "url": {
        "@if": {
          "exists": {
            "@path": "$.context.page.url"
          },
          "then": {
            "@path": "$.context.page.url"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.page.url"
              },
              "then": {
                "@path": "$.properties.context.page.url"
              },
              "else": {
                "@path": "$.properties.url"
              }
            }
          }
        }
      },
      "referrer": {
        "@if": {
          "exists": {
            "@path": "$.context.page.referrer"
          },
          "then": {
            "@path": "$.context.page.referrer"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.page.referrer"
              },
              "then": {
                "@path": "$.properties.context.page.referrer"
              },
              "else": {
                "@path": "$.properties.referrer"
              }
            }
          }
        }
      },
      "device": {
        "@path": "$.context.device"
      },
      "os": {
        "@path": "$.context.os"
      },
      "att_status": {
        "@if": {
          "exists": {
            "@path": "$.properties.att_status"
          },
          "then": {
            "@path": "$.properties.att_status"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.device.attStatus"
              },
              "then": {
                "@path": "$.context.device.attStatus"
              },
              "else": {
                "@path": "$.context.device.trackingStatus"
              }
            }
          }
        }
      },
      "ad": {
        "callback": {
          "@if": {
            "exists": {
              "@path": "$.properties.callback"
            },
            "then": {
              "@path": "$.properties.callback"
            },
            "else": {
              "@path": "$.properties.callBack"
            }
          }
        },
        "campaign_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.campaign_id"
            },
            "then": {
              "@path": "$.properties.campaign_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.campaignId"
                },
                "then": {
                  "@path": "$.properties.campaignId"
                },
                "else": {
                  "@if": {
                    "exists": {
                      "@path": "$.properties.campaign.id"
                    },
                    "then": {
                      "@path": "$.properties.campaign.id"
                    },
                    "else": {
                      "@if": {
                        "exists": {
                          "@path": "$.properties.campaign.name"
                        },
                        "then": {
                          "@path": "$.properties.campaign.name"
                        },
                        "else": {
                          "@path": "$.context.campaign.id"
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        },
        "ad_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.ad_id"
            },
            "then": {
              "@path": "$.properties.ad_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.adId"
                },
                "then": {
                  "@path": "$.properties.adId"
                },
                "else": {
                  "@path": "$.properties.campaign.ad_group"
                }
              }
            }
          }
        },
        "creative_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.creative_id"
            },
            "then": {
              "@path": "$.properties.creative_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.creativeId"
                },
                "then": {
                  "@path": "$.properties.creativeId"
                },
                "else": {
                  "@path": "$.properties.campaign.ad_creative"
                }
              }
            }
          }
        },
        "is_retargeting": {
          "@if": {
            "exists": {
              "@path": "$.properties.is_retargeting"
            },
            "then": {
              "@path": "$.properties.is_retargeting"
            },
            "else": {
              "@path": "$.properties.isRetargeting"
            }
          }
        },
        "attributed": {
          "@path": "$.properties.attributed"
        },
        "attribution_type": {
          "@if": {
            "exists": {
              "@path": "$.properties.attribution_type"
            },
            "then": {
              "@path": "$.properties.attribution_type"
            },
            "else": {
              "@path": "$.properties.attributionType"
            }
          }
        },
        "attribution_provider": {
          "@if": {
            "exists": {
              "@path": "$.properties.attribution_provider"
            },
            "then": {
              "@path": "$.properties.attribution_provider"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.attributionProvider"
                },
                "then": {
                  "@path": "$.properties.attributionProvider"
                },
                "else": {
                  "@if": {
                    "exists": {
                      "@path": "$.properties.provider"
                    },
                    "then": {
                      "@path": "$.properties.provider"
                    },
                    "else": {
                      "@path": "$.context.referrer.type"
                    }
                  }
                }
              }
            }
          }
        }
      },
      "app": {
        "@path": "$.context.app"
      },
      "contents": {
        "@if": {
          "exists": {
            "@path": "$.properties.contents"
          },
          "then": {
            "@arrayPath": [
              "$.properties.contents",
              {
                "content_id": {
                  "@path": "$.content_id"
                },
                "content_name": {
                  "@path": "$.content_name"
                },
                "content_category": {
                  "@path": "$.content_category"
                },
                "brand": {
                  "@path": "$.brand"
                },
                "price": {
                  "@path": "$.price"
                },
                "quantity": {
                  "@path": "$.quantity"
                }
              }
            ]
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.products"
              },
              "then": {
                "@arrayPath": [
                  "$.properties.products",
                  {
                    "content_id": {
                      "@if": {
                        "exists": {
                          "@path": "$.product_id"
                        },
                        "then": {
                          "@path": "$.product_id"
                        },
                        "else": {
                          "@if": {
                            "exists": {
                              "@path": "$.productId"
                            },
                            "then": {
                              "@path": "$.productId"
                            },
                            "else": {
                              "@if": {
                                "exists": {
                                  "@path": "$.sku"
                                },
                                "then": {
                                  "@path": "$.sku"
                                },
                                "else": {
                                  "@path": "$.id"
                                }
                              }
                            }
                          }
                        }
                      }
                    },
                    "content_name": {
                      "@path": "$.name"
                    },
                    "content_category": {
                      "@path": "$.category"
                    },
                    "brand": {
                      "@path": "$.brand"
                    },
                    "price": {
                      "@path": "$.price"
                    },
                    "quantity": {
                      "@path": "$.quantity"
                    }
                  }
                ]
              },
              "else": {
                "@if": {
                  "exists": {
                    "@if": {
                      "exists": {
                        "@path": "$.properties.product_id"
                      },
                      "then": {
                        "@path": "$.properties.product_id"
                      },
                      "else": {
                        "@if": {
                          "exists": {
                            "@path": "$.properties.productId"
                          },
                          "then": {
                            "@path": "$.properties.productId"
                          },
                          "else": {
                            "@path": "$.properties.sku"
                          }
                        }
                      }
                    }
                  },
                  "then": [
                    {
                      "content_id": {
                        "@if": {
                          "exists": {
                            "@path": "$.properties.product_id"
                          },
                          "then": {
                            "@path": "$.properties.product_id"
                          },
                          "else": {
                            "@if": {
                              "exists": {
                                "@path": "$.properties.productId"
                              },
                              "then": {
                                "@path": "$.properties.productId"
                              },
                              "else": {
                                "@path": "$.properties.sku"
                              }
                            }
                          }
                        }
                      },
                      "content_name": {
                        "@path": "$.properties.name"
                      },
                      "content_category": {
                        "@path": "$.properties.category"
                      },
                      "brand": {
                        "@path": "$.properties.brand"
                      },
                      "price": {
                        "@path": "$.properties.price"
                      },
                      "quantity": {
                        "@path": "$.properties.quantity"
                      }
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "content_ids": {
        "@path": "$.properties.content_ids"
      },
      "content_type": {
        "@if": {
          "exists": {
            "@path": "$.properties.content_type"
          },
          "then": {
            "@path": "$.properties.content_type"
          },
          "else": {
            "@path": "$.properties.contentType"
          }
        }
      },
      "currency": {
        "@if": {
          "exists": {
            "@path": "$.properties.currency"
          },
          "then": {
            "@path": "$.properties.currency"
          },
          "else": "USD"
        }
      },
      "value": {
        "@if": {
          "exists": {
            "@path": "$.properties.revenue"
          },
          "then": {
            "@path": "$.properties.revenue"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.total"
              },
              "then": {
                "@path": "$.properties.total"
              },
              "else": {
                "@path": "$.properties.value"
              }
            }
          }
        }
      },
      "num_items": {
        "@if": {
          "exists": {
            "@path": "$.properties.num_items"
          },
          "then": {
            "@path": "$.properties.num_items"
          },
          "else": {
            "@path": "$.properties.quantity"
          }
        }
      },
      "order_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.order_id"
          },
          "then": {
            "@path": "$.properties.order_id"
          },
          "else": {
            "@path": "$.properties.orderId"
          }
        }
      },
      "shop_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.shop_id"
          },
          "then": {
            "@path": "$.properties.shop_id"
          },
          "else": {
            "@path": "$.properties.shopId"
          }
        }
      },
      "description": {
        "@path": "$.properties.description"
      },
      "lead_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.lead_id"
          },
          "then": {
            "@path": "$.properties.lead_id"
          },
          "else": {
            "@path": "$.properties.leadId"
          }
        }
      },
      "lead_event_source": {
        "@if": {
          "exists": {
            "@path": "$.properties.lead_event_source"
          },
          "then": {
            "@path": "$.properties.lead_event_source"
          },
          "else": {
            "@path": "$.properties.leadEventSource"
          }
        }
      },
      "custom_properties": {
        "delivery_category": {
          "@path": "$.properties.delivery_category"
        },
        "predicted_ltv": {
          "@path": "$.properties.predicted_ltv"
        }
      },
      "consent_preferences": {
        "@path": "$.context.consent.categoryPreferences"
      },
      "consent_management": {
        "@path": "$.context.consentManagement"
      },
      "gpc": {
        "@path": "$.context.gpc"
      },
      "limited_data_use": {
        "@path": "$.properties.limited_data_use"
      }
    },
    "type": "automatic"
  },
  {
    "name": "Submit Application",
    "subscribe": "type = \"track\" and (event = \"Application Submitted\" or event = \"application submitted\" or event = \"Application submitted\" or event = \"APPLICATION SUBMITTED\" or event = \"Submit Application\" or event = \"submit application\" or event = \"Submit application\" or event = \"SUBMIT APPLICATION\")",
    "partnerAction": "reportEvent",
    "mapping": {
      "event": "SubmitApplication",
      "event_source": {
        "@if": {
          "exists": {
            "@path": "$.properties.event_source"
          },
          "then": {
            "@path": "$.properties.event_source"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.eventSource"
              },
              "then": {
                "@path": "$.properties.eventSource"
              },
              "else": {
                "@path": "$.channel"
              }
            }
          }
        }
      },
      "event_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.event_id"
          },
          "then": {
            "@path": "$.properties.event_id"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.eventId"
              },
              "then": {
                "@path": "$.properties.eventId"
              },
              "else": {
                "@path": "$.messageId"
              }
            }
          }
        }
      },
      "timestamp": {
        "@if": {
          "exists": {
            "@path": "$.timestamp"
          },
          "then": {
            "@path": "$.timestamp"
          },
          "else": {
            "@path": "$.originalTimestamp"
          }
        }
      },
      "email": {
        "@if": {
          "exists": {
            "@path": "$.properties.email"
          },
          "then": {
            "@path": "$.properties.email"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.email"
              },
              "then": {
                "@path": "$.context.traits.email"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.context.user.email"
                  },
                  "then": {
                    "@path": "$.context.user.email"
                  },
                  "else": {
                    "@path": "$.properties.context.user.email"
                  }
                }
              }
            }
          }
        }
      },
      "phone": {
        "@if": {
          "exists": {
            "@path": "$.properties.phone"
          },
          "then": {
            "@path": "$.properties.phone"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.phone"
              },
              "then": {
                "@path": "$.context.traits.phone"
              },
              "else": {
                "@path": "$.properties.context.user.phone"
              }
            }
          }
        }
      },
      "typed_external_ids": {
        "@path": "$.context.externalId"
      },
      "user_id": {
        "@path": "$.userId"
      },
      "anonymous_id": {
        "@path": "$.anonymousId"
      },
      "first_name": {
        "@if": {
          "exists": {
            "@path": "$.properties.first_name"
          },
          "then": {
            "@path": "$.properties.first_name"
          },
          "else": {
            "@path": "$.context.traits.firstName"
          }
        }
      },
      "last_name": {
        "@if": {
          "exists": {
            "@path": "$.properties.last_name"
          },
          "then": {
            "@path": "$.properties.last_name"
          },
          "else": {
            "@path": "$.context.traits.lastName"
          }
        }
      },
      "user_traits": {
        "@path": "$.context.traits"
      },
      "zip_code": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.postal_code"
          },
          "then": {
            "@path": "$.properties.address.postal_code"
          },
          "else": {
            "@path": "$.context.traits.address.postalCode"
          }
        }
      },
      "city": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.city"
          },
          "then": {
            "@path": "$.properties.address.city"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.city"
              },
              "then": {
                "@path": "$.context.traits.address.city"
              },
              "else": {
                "@path": "$.properties.city"
              }
            }
          }
        }
      },
      "state": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.state"
          },
          "then": {
            "@path": "$.properties.address.state"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.state"
              },
              "then": {
                "@path": "$.context.traits.address.state"
              },
              "else": {
                "@path": "$.properties.state"
              }
            }
          }
        }
      },
      "country": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.country"
          },
          "then": {
            "@path": "$.properties.address.country"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.country"
              },
              "then": {
                "@path": "$.context.traits.address.country"
              },
              "else": {
                "@path": "$.properties.country"
              }
            }
          }
        }
      },
      "ttp": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttp"
          },
          "then": {
            "@path": "$.properties.ttp"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttp"
              },
              "then": {
                "@path": "$.context.ttp"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.integrations.TikTok Conversions.ttp"
                  },
                  "then": {
                    "@path": "$.integrations.TikTok Conversions.ttp"
                  },
                  "else": {
                    "@if": {
                      "exists": {
                        "@path": "$.integrations.TikTok.ttp"
                      },
                      "then": {
                        "@path": "$.integrations.TikTok.ttp"
                      },
                      "else": {
                        "@path": "$.properties.context.user.ttp"
                      }
                    }
                  }
                }
              }
            }
          }
        }
      },
      "ttclid": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttclid"
          },
          "then": {
            "@path": "$.properties.ttclid"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttclid"
              },
              "then": {
                "@path": "$.context.ttclid"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.integrations.TikTok Conversions.ttclid"
                  },
                  "then": {
                    "@path": "$.integrations.TikTok Conversions.ttclid"
                  },
                  "else": {
                    "@path": "$.integrations.TikTok.ttclid"
                  }
                }
              }
            }
          }
        }
      },
      "ip": {
        "@if": {
          "exists": {
            "@path": "$.context.ip"
          },
          "then": {
            "@path": "$.context.ip"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.user.ip"
              },
              "then": {
                "@path": "$.properties.context.user.ip"
              },
              "else": {
                "@path": "$.request_ip"
              }
            }
          }
        }
      },
      "user_agent": {
        "@if": {
          "exists": {
            "@path": "$.context.userAgent"
          },
          "then": {
            "@path": "$.context.userAgent"
          },
          "else": {
            "@path": "$.properties.context.user.userAgent"
          }
        }
      },
      "locale": {
        "@if": {
          "exists": {
            "@path": "$.context.locale"
          },
          "then": {
            "@path": "$.context.locale"
          },
          "else": {
            "@path": "$.properties.context.user.locale"
          }
        }
      },
      "url": {
        "@if": {
          "exists": {
            "@path": "$.context.page.url"
          },
          "then": {
            "@path": "$.context.page.url"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.page.url"
              },
              "then": {
                "@path": "$.properties.context.page.url"
              },
              "else": {
                "@path": "$.properties.url"
              }
            }
          }
        }
      },
      "referrer": {
        "@if": {
          "exists": {
            "@path": "$.context.page.referrer"
          },
          "then": {
            "@path": "$.context.page.referrer"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.page.referrer"
              },
              "then": {
                "@path": "$.properties.context.page.referrer"
              },
              "else": {
                "@path": "$.properties.referrer"
              }
            }
          }
        }
      },
      "device": {
        "@path": "$.context.device"
      },
      "os": {
        "@path": "$.context.os"
      },
      "att_status": {
        "@if": {
          "exists": {
            "@path": "$.properties.att_status"
          },
          "then": {
            "@path": "$.properties.att_status"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.device.attStatus"
              },
              "then": {
                "@path": "$.context.device.attStatus"
              },
              "else": {
                "@path": "$.context.device.trackingStatus"
              }
            }
          }
        }
      },
      "ad": {
        "callback": {
          "@if": {
            "exists": {
              "@path": "$.properties.callback"
            },
            "then": {
              "@path": "$.properties.callback"
            },
            "else": {
              "@path": "$.properties.callBack"
            }
          }
        },
        "campaign_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.campaign_id"
            },
            "then": {
              "@path": "$.properties.campaign_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.campaignId"
                },
                "then": {
                  "@path": "$.properties.campaignId"
                },
                "else": {
                  "@if": {
                    "exists": {
                      "@path": "$.properties.campaign.id"
                    },
                    "then": {
                      "@path": "$.properties.campaign.id"
                    },
                    "else": {
                      "@if": {
                        "exists": {
                          "@path": "$.properties.campaign.name"
                        },
                        "then": {
                          "@path": "$.properties.campaign.name"
                        },
                        "else": {
                          "@path": "$.context.campaign.id"
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        },
        "ad_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.ad_id"
            },
            "then": {
              "@path": "$.properties.ad_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.adId"
                },
                "then": {
                  "@path": "$.properties.adId"
                },
                "else": {
                  "@path": "$.properties.campaign.ad_group"
                }
              }
            }
          }
        },
        "creative_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.creative_id"
            },
            "then": {
              "@path": "$.properties.creative_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.creativeId"
                },
                "then": {
                  "@path": "$.properties.creativeId"
                },
                "else": {
                  "@path": "$.properties.campaign.ad_creative"
                }
              }
            }
          }
        },
        "is_retargeting": {
          "@if": {
            "exists": {
              "@path": "$.properties.is_retargeting"
            },
            "then": {
              "@path": "$.properties.is_retargeting"
            },
            "else": {
              "@path": "$.properties.isRetargeting"
            }
          }
        },
        "attributed": {
          "@path": "$.properties.attributed"
        },
        "attribution_type": {
          "@if": {
            "exists": {
              "@path": "$.properties.attribution_type"
            },
            "then": {
              "@path": "$.properties.attribution_type"
            },
            "else": {
              "@path": "$.properties.attributionType"
            }
          }
        },
        "attribution_provider": {
          "@if": {
            "exists": {
              "@path": "$.properties.attribution_provider"
            },
            "then": {
              "@path": "$.properties.attribution_provider"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.attributionProvider"
                },
                "then": {
                  "@path": "$.properties.attributionProvider"
                },
                "else": {
                  "@if": {
                    "exists": {
                      "@path": "$.properties.provider"
                    },
                    "then": {
                      "@path": "$.properties.provider"
                    },
                    "else": {
                      "@path": "$.context.referrer.type"
                    }
                  }
                }
              }
            }
          }
        }
      },
      "app": {
        "@path": "$.context.app"
      },
      "contents": {
        "@if": {
          "exists": {
            "@path": "$.properties.contents"
          },
          "then": {
            "@arrayPath": [
              "$.properties.contents",
              {
                "content_id": {
                  "@path": "$.content_id"
                },
                "content_name": {
                  "@path": "$.content_name"
                },
                "content_category": {
                  "@path": "$.content_category"
                },
                "brand": {
                  "@path": "$.brand"
                },
                "price": {
                  "@path": "$.price"
                },
                "quantity": {
                  "@path": "$.quantity"
                }
              }
            ]
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.products"
              },
              "then": {
                "@arrayPath": [
                  "$.properties.products",
                  {
                    "content_id": {
                      "@if": {
                        "exists": {
                          "@path": "$.product_id"
                        },
                        "then": {
                          "@path": "$.product_id"
                        },
                        "else": {
                          "@if": {
                            "exists": {
                              "@path": "$.productId"
                            },
                            "then": {
                              "@path": "$.productId"
                            },
                            "else": {
                              "@if": {
                                "exists": {
                                  "@path": "$.sku"
                                },
                                "then": {
                                  "@path": "$.sku"
                                },
                                "else": {
                                  "@path": "$.id"
                                }
                              }
                            }
                          }
                        }
                      }
                    },
                    "content_name": {
                      "@path": "$.name"
                    },
                    "content_category": {
                      "@path": "$.category"
                    },
                    "brand": {
                      "@path": "$.brand"
                    },
                    "price": {
                      "@path": "$.price"
                    },
                    "quantity": {
                      "@path": "$.quantity"
                    }
                  }
                ]
              },
              "else": {
                "@if": {
                  "exists": {
                    "@if": {
                      "exists": {
                        "@path": "$.properties.product_id"
                      },
                      "then": {
                        "@path": "$.properties.product_id"
                      },
                      "else": {
                        "@if": {
                          "exists": {
                            "@path": "$.properties.productId"
                          },
                          "then": {
                            "@path": "$.properties.productId"
                          },
                          "else": {
                            "@path": "$.properties.sku"
                          }
                        }
                      }
                    }
                  },
                  "then": [
                    {
                      "content_id": {
                        "@if": {
                          "exists": {
                            "@path": "$.properties.product_id"
                          },
                          "then": {
                            "@path": "$.properties.product_id"
                          },
                          "else": {
                            "@if": {
                              "exists": {
                                "@path": "$.properties.productId"
                              },
                              "then": {
                                "@path": "$.properties.productId"
                              },
                              "else": {
                                "@path": "$.properties.sku"
                              }
                            }
                          }
                        }
                      },
                      "content_name": {
                        "@path": "$.properties.name"
                      },
                      "content_category": {
                        "@path": "$.properties.category"
                      },
                      "brand": {
                        "@path": "$.properties.brand"
                      },
                      "price": {
                        "@path": "$.properties.price"
                      },
                      "quantity": {
                        "@path": "$.properties.quantity"
                      }
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "content_ids": {
        "@path": "$.properties.content_ids"
      },
      "content_type": {
        "@if": {
          "exists": {
            "@path": "$.properties.content_type"
          },
          "then": {
            "@path": "$.properties.content_type"
          },
          "else": {
            "@path": "$.properties.contentType"
          }
        }
      },
      "currency": {
        "@path": "$.properties.currency"
      },
      "value": {
        "@if": {
          "exists": {
            "@path": "$.properties.revenue"
          },
          "then": {
            "@path": "$.properties.revenue"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.total"
              },
              "then": {
                "@path": "$.properties.total"
              },
              "else": {
                "@path": "$.properties.value"
              }
            }
          }
        }
      },
      "num_items": {
        "@if": {
          "exists": {
            "@path": "$.properties.num_items"
          },
          "then": {
            "@path": "$.properties.num_items"
          },
          "else": {
            "@path": "$.properties.quantity"
          }
        }
      },
      "order_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.order_id"
          },
          "then": {
            "@path": "$.properties.order_id"
          },
          "else": {
            "@path": "$.properties.orderId"
          }
        }
      },
      "shop_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.shop_id"
          },
          "then": {
            "@path": "$.properties.shop_id"
          },
          "else": {
            "@path": "$.properties.shopId"
          }
        }
      },
      "description": {
        "@path": "$.properties.description"
      },
      "lead_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.lead_id"
          },
          "then": {
            "@path": "$.properties.lead_id"
          },
          "else": {
            "@path": "$.properties.leadId"
          }
        }
      },
      "lead_event_source": {
        "@if": {
          "exists": {
            "@path": "$.properties.lead_event_source"
          },
          "then": {
            "@path": "$.properties.lead_event_source"
          },
          "else": {
            "@path": "$.properties.leadEventSource"
          }
        }
      },
      "custom_properties": {
        "delivery_category": {
          "@path": "$.properties.delivery_category"
        },
        "predicted_ltv": {
          "@path": "$.properties.predicted_ltv"
        }
      },
      "consent_preferences": {
        "@path": "$.context.consent.categoryPreferences"
      },
      "consent_management": {
        "@path": "$.context.consentManagement"
      },
      "gpc": {
        "@path": "$.context.gpc"
      },
      "limited_data_use": {
        "@path": "$.properties.limited_data_use"
      }
    },
    "type": "automatic"
  },
  {
    "name": "Subscribe",
    "subscribe": "type = \"track\" and (event = \"Subscription Started\" or event = \"subscription started\" or event = \"Subscription started\" or event = \"SUBSCRIPTION STARTED\" or event = \"Subscription Created\" or event = \"subscription created\" or event = \"Subscription created\" or event = \"SUBSCRIPTION CREATED\" or event = \"Newsletter Subscribed\" or event = \"newsletter subscribed\" or event = \"Newsletter subscribed\" or event = \"NEWSLETTER SUBSCRIBED\")",
    "partnerAction": "reportEvent",
    "mapping": {
      "event": "Subscribe",
      "event_source": {
        "@if": {
          "exists": {
            "@path": "$.properties.event_source"
          },
          "then": {
            "@path": "$.properties.event_source"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.eventSource"
              },
              "then": {
                "@path": "$.properties.eventSource"
              },
              "else": {
                "@path": "$.channel"
              }
            }
          }
        }
      },
      "event_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.event_id"
          },
          "then": {
            "@path": "$.properties.event_id"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.eventId"
              },
              "then": {
                "@path": "$.properties.eventId"
              },
              "else": {
                "@path": "$.messageId"
              }
            }
          }
        }
      },
      "timestamp": {
        "@if": {
          "exists": {
            "@path": "$.timestamp"
          },
          "then": {
            "@path": "$.timestamp"
          },
          "else": {
            "@path": "$.originalTimestamp"
          }
        }
      },
      "email": {
        "@if": {
          "exists": {
            "@path": "$.properties.email"
          },
          "then": {
            "@path": "$.properties.email"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.email"
              },
              "then": {
                "@path": "$.context.traits.email"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.context.user.email"
                  },
                  "then": {
                    "@path": "$.context.user.email"
                  },
                  "else": {
                    "@path": "$.properties.context.user.email"
                  }
                }
              }
            }
          }
        }
      },
      "phone": {
        "@if": {
          "exists": {
            "@path": "$.properties.phone"
          },
          "then": {
            "@path": "$.properties.phone"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.phone"
              },
              "then": {
                "@path": "$.context.traits.phone"
              },
              "else": {
                "@path": "$.properties.context.user.phone"
              }
            }
          }
        }
      },
      "typed_external_ids": {
        "@path": "$.context.externalId"
      },
      "user_id": {
        "@path": "$.userId"
      },
      "anonymous_id": {
        "@path": "$.anonymousId"
      },
      "first_name": {
        "@if": {
          "exists": {
            "@path": "$.properties.first_name"
          },
          "then": {
            "@path": "$.properties.first_name"
          },
          "else": {
            "@path": "$.context.traits.firstName"
          }
        }
      },
      "last_name": {
        "@if": {
          "exists": {
            "@path": "$.properties.last_name"
          },
          "then": {
            "@path": "$.properties.last_name"
          },
          "else": {
            "@path": "$.context.traits.lastName"
          }
        }
      },
      "user_traits": {
        "@path": "$.context.traits"
      },
      "zip_code": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.postal_code"
          },
          "then": {
            "@path": "$.properties.address.postal_code"
          },
          "else": {
            "@path": "$.context.traits.address.postalCode"
          }
        }
      },
      "city": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.city"
          },
          "then": {
            "@path": "$.properties.address.city"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.city"
              },
              "then": {
                "@path": "$.context.traits.address.city"
              },
              "else": {
                "@path": "$.properties.city"
              }
            }
          }
        }
      },
      "state": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.state"
          },
          "then": {
            "@path": "$.properties.address.state"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.state"
              },
              "then": {
                "@path": "$.context.traits.address.state"
              },
              "else": {
                "@path": "$.properties.state"
              }
            }
          }
        }
      },
      "country": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.country"
          },
          "then": {
            "@path": "$.properties.address.country"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.country"
              },
              "then": {
                "@path": "$.context.traits.address.country"
              },
              "else": {
                "@path": "$.properties.country"
              }
            }
          }
        }
      },
      "ttp": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttp"
          },
          "then": {
            "@path": "$.properties.ttp"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttp"
              },
              "then": {
                "@path": "$.context.ttp"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.integrations.TikTok Conversions.ttp"
                  },
                  "then": {
                    "@path": "$.integrations.TikTok Conversions.ttp"
                  },
                  "else": {
                    "@if": {
                      "exists": {
                        "@path": "$.integrations.TikTok.ttp"
                      },
                      "then": {
                        "@path": "$.integrations.TikTok.ttp"
                      },
                      "else": {
                        "@path": "$.properties.context.user.ttp"
                      }
                    }
                  }
                }
              }
            }
          }
        }
      },
      "ttclid": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttclid"
          },
          "then": {
            "@path": "$.properties.ttclid"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttclid"
              },
              "then": {
                "@path": "$.context.ttclid"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.integrations.TikTok Conversions.ttclid"
                  },
                  "then": {
                    "@path": "$.integrations.TikTok Conversions.ttclid"
                  },
                  "else": {
                    "@path": "$.integrations.TikTok.ttclid"
                  }
                }
              }
            }
          }
        }
      },
      "ip": {
        "@if": {
          "exists": {
            "@path": "$.context.ip"
          },
          "then": {
            "@path": "$.context.ip"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.user.ip"
              },
              "then": {
                "@path": "$.properties.context.user.ip"
              },
              "else": {
                "@path": "$.request_ip"
              }
            }
          }
        }
      },
      "user_agent": {
        "@if": {
          "exists": {
            "@path": "$.context.userAgent"
          },
          "then": {
            "@path": "$.context.userAgent"
          },
          "else": {
            "@path": "$.properties.context.user.userAgent"
          }
        }
      },
      "locale": {
        "@if": {
          "exists": {
            "@path": "$.context.locale"
          },
          "then": {
            "@path": "$.context.locale"
          },
          "else": {
            "@path": "$.properties.context.user.locale"
          }
        }
      },
      "url": {
        "@if": {
          "exists": {
            "@path": "$.context.page.url"
          },
          "then": {
            "@path": "$.context.page.url"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.page.url"
              },
              "then": {
                "@path": "$.properties.context.page.url"
              },
              "else": {
                "@path": "$.properties.url"
              }
            }
          }
        }
      },
      "referrer": {
        "@if": {
          "exists": {
            "@path": "$.context.page.referrer"
          },
          "then": {
            "@path": "$.context.page.referrer"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.page.referrer"
              },
              "then": {
                "@path": "$.properties.context.page.referrer"
              },
              "else": {
                "@path": "$.properties.referrer"
              }
            }
          }
        }
      },
      "device": {
        "@path": "$.context.device"
      },
      "os": {
        "@path": "$.context.os"
      },
      "att_status": {
        "@if": {
          "exists": {
            "@path": "$.properties.att_status"
          },
          "then": {
            "@path": "$.properties.att_status"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.device.attStatus"
              },
              "then": {
                "@path": "$.context.device.attStatus"
              },
              "else": {
                "@path": "$.context.device.trackingStatus"
              }
            }
          }
        }
      },
      "ad": {
        "callback": {
          "@if": {
            "exists": {
              "@path": "$.properties.callback"
            },
            "then": {
              "@path": "$.properties.callback"
            },
            "else": {
              "@path": "$.properties.callBack"
            }
          }
        },
        "campaign_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.campaign_id"
            },
            "then": {
              "@path": "$.properties.campaign_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.campaignId"
                },
                "then": {
                  "@path": "$.properties.campaignId"
                },
                "else": {
                  "@if": {
                    "exists": {
                      "@path": "$.properties.campaign.id"
                    },
                    "then": {
                      "@path": "$.properties.campaign.id"
                    },
                    "else": {
                      "@if": {
                        "exists": {
                          "@path": "$.properties.campaign.name"
                        },
                        "then": {
                          "@path": "$.properties.campaign.name"
                        },
                        "else": {
                          "@path": "$.context.campaign.id"
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        },
        "ad_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.ad_id"
            },
            "then": {
              "@path": "$.properties.ad_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.adId"
                },
                "then": {
                  "@path": "$.properties.adId"
                },
                "else": {
                  "@path": "$.properties.campaign.ad_group"
                }
              }
            }
          }
        },
        "creative_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.creative_id"
            },
            "then": {
              "@path": "$.properties.creative_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.creativeId"
                },
                "then": {
                  "@path": "$.properties.creativeId"
                },
                "else": {
                  "@path": "$.properties.campaign.ad_creative"
                }
              }
            }
          }
        },
        "is_retargeting": {
          "@if": {
            "exists": {
              "@path": "$.properties.is_retargeting"
            },
            "then": {
              "@path": "$.properties.is_retargeting"
            },
            "else": {
              "@path": "$.properties.isRetargeting"
            }
          }
        },
        "attributed": {
          "@path": "$.properties.attributed"
        },
        "attribution_type": {
          "@if": {
            "exists": {
              "@path": "$.properties.attribution_type"
            },
            "then": {
              "@path": "$.properties.attribution_type"
            },
            "else": {
              "@path": "$.properties.attributionType"
            }
          }
        },
        "attribution_provider": {
          "@if": {
            "exists": {
              "@path": "$.properties.attribution_provider"
            },
            "then": {
              "@path": "$.properties.attribution_provider"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.attributionProvider"
                },
                "then": {
                  "@path": "$.properties.attributionProvider"
                },
                "else": {
                  "@if": {
                    "exists": {
                      "@path": "$.properties.provider"
                    },
                    "then": {
                      "@path": "$.properties.provider"
                    },
                    "else": {
                      "@path": "$.context.referrer.type"
                    }
                  }
                }
              }
            }
          }
        }
      },
      "app": {
        "@path": "$.context.app"
      },
      "contents": {
        "@if": {
          "exists": {
            "@path": "$.properties.contents"
          },
          "then": {
            "@arrayPath": [
              "$.properties.contents",
              {
                "content_id": {
                  "@path": "$.content_id"
                },
                "content_name": {
                  "@path": "$.content_name"
                },
                "content_category": {
                  "@path": "$.content_category"
                },
                "brand": {
                  "@path": "$.brand"
                },
                "price": {
                  "@path": "$.price"
                },
                "quantity": {
                  "@path": "$.quantity"
                }
              }
            ]
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.products"
              },
              "then": {
                "@arrayPath": [
                  "$.properties.products",
                  {
                    "content_id": {
                      "@if": {
                        "exists": {
                          "@path": "$.product_id"
                        },
                        "then": {
                          "@path": "$.product_id"
                        },
                        "else": {
                          "@if": {
                            "exists": {
                              "@path": "$.productId"
                            },
                            "then": {
                              "@path": "$.productId"
                            },
                            "else": {
                              "@if": {
                                "exists": {
                                  "@path": "$.sku"
                                },
                                "then": {
                                  "@path": "$.sku"
                                },
                                "else": {
                                  "@path": "$.id"
                                }
                              }
                            }
                          }
                        }
                      }
                    },
                    "content_name": {
                      "@path": "$.name"
                    },
                    "content_category": {
                      "@path": "$.category"
                    },
                    "brand": {
                      "@path": "$.brand"
                    },
                    "price": {
                      "@path": "$.price"
                    },
                    "quantity": {
                      "@path": "$.quantity"
                    }
                  }
                ]
              },
              "else": {
                "@if": {
                  "exists": {
                    "@if": {
                      "exists": {
                        "@path": "$.properties.product_id"
                      },
                      "then": {
                        "@path": "$.properties.product_id"
                      },
                      "else": {
                        "@if": {
                          "exists": {
                            "@path": "$.properties.productId"
                          },
                          "then": {
                            "@path": "$.properties.productId"
                          },
                          "else": {
                            "@path": "$.properties.sku"
                          }
                        }
                      }
                    }
                  },
                  "then": [
                    {
                      "content_id": {
                        "@if": {
                          "exists": {
                            "@path": "$.properties.product_id"
                          },
                          "then": {
                            "@path": "$.properties.product_id"
                          },
                          "else": {
                            "@if": {
                              "exists": {
                                "@path": "$.properties.productId"
                              },
                              "then": {
                                "@path": "$.properties.productId"
                              },
                              "else": {
                                "@path": "$.properties.sku"
                              }
                            }
                          }
                        }
                      },
                      "content_name": {
                        "@path": "$.properties.name"
                      },
                      "content_category": {
                        "@path": "$.properties.category"
                      },
                      "brand": {
                        "@path": "$.properties.brand"
                      },
                      "price": {
                        "@path": "$.properties.price"
                      },
                      "quantity": {
                        "@path": "$.properties.quantity"
                      }
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "content_ids": {
        "@path": "$.properties.content_ids"
      },
      "content_type": {
        "@if": {
          "exists": {
            "@path": "$.properties.content_type"
          },
          "then": {
            "@path": "$.properties.content_type"
          },
          "else": {
            "@path": "$.properties.contentType"
          }
        }
      },
      "currency": {
        "@if": {
          "exists": {
            "@path": "$.properties.currency"
          },
          "then": {
            "@path": "$.properties.currency"
          },
          "else": "USD"
        }
      },
      "value": {
        "@if": {
          "exists": {
            "@path": "$.properties.revenue"
          },
          "then": {
            "@path": "$.properties.revenue"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.total"
              },
              "then": {
                "@path": "$.properties.total"
              },
              "else": {
                "@path": "$.properties.value"
              }
            }
          }
        }
      },
      "num_items": {
        "@if": {
          "exists": {
            "@path": "$.properties.num_items"
          },
          "then": {
            "@path": "$.properties.num_items"
          },
          "else": {
            "@path": "$.properties.quantity"
          }
        }
      },
      "order_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.order_id"
          },
          "then": {
            "@path": "$.properties.order_id"
          },
          "else": {
            "@path": "$.properties.orderId"
          }
        }
      },
      "shop_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.shop_id"
          },
          "then": {
            "@path": "$.properties.shop_id"
          },
          "else": {
            "@path": "$.properties.shopId"
          }
        }
      },
      "description": {
        "@path": "$.properties.description"
      },
      "lead_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.lead_id"
          },
          "then": {
            "@path": "$.properties.lead_id"
          },
          "else": {
            "@path": "$.properties.leadId"
          }
        }
      },
      "lead_event_source": {
        "@if": {
          "exists": {
            "@path": "$.properties.lead_event_source"
          },
          "then": {
            "@path": "$.properties.lead_event_source"
          },
          "else": {
            "@path": "$.properties.leadEventSource"
          }
        }
      },
      "custom_properties": {
        "delivery_category": {
          "@path": "$.properties.delivery_category"
        },
        "predicted_ltv": {
          "@path": "$.properties.predicted_ltv"
        }
      },
      "consent_preferences": {
        "@path": "$.context.consent.categoryPreferences"
      },
      "consent_management": {
        "@path": "$.context.consentManagement"
      },
      "gpc": {
        "@path": "$.context.gpc"
      },
      "limited_data_use": {
        "@path": "$.properties.limited_data_use"
      }
    },
    "type": "automatic"
  },
  {
    "name": "tiktok app event names",
    "subscribe": "type = \"track\" and (event = \"AchieveLevel\" or event = \"achievelevel\" or event = \"Achievelevel\" or event = \"ACHIEVELEVEL\" or event = \"Checkout\" or event = \"checkout\" or event = \"CHECKOUT\" or event = \"CompleteTutorial\" or event = \"completetutorial\" or event = \"Completetutorial\" or event = \"COMPLETETUTORIAL\" or event = \"CreateGroup\" or event = \"creategroup\" or event = \"Creategroup\" or event = \"CREATEGROUP\" or event = \"CreateRole\" or event = \"createrole\" or event = \"Createrole\" or event = \"CREATEROLE\" or event = \"GenerateLead\" or event = \"generatelead\" or event = \"Generatelead\" or event = \"GENERATELEAD\" or event = \"InAppADClick\" or event = \"inappadclick\" or event = \"Inappadclick\" or event = \"INAPPADCLICK\" or event = \"InAppADImpr\" or event = \"inappadimpr\" or event = \"Inappadimpr\" or event = \"INAPPADIMPR\" or event = \"InstallApp\" or event = \"installapp\" or event = \"Installapp\" or event = \"INSTALLAPP\" or event = \"JoinGroup\" or event = \"joingroup\" or event = \"Joingroup\" or event = \"JOINGROUP\" or event = \"LaunchAPP\" or event = \"launchapp\" or event = \"Launchapp\" or event = \"LAUNCHAPP\" or event = \"LoanApplication\" or event = \"loanapplication\" or event = \"Loanapplication\" or event = \"LOANAPPLICATION\" or event = \"LoanApproval\" or event = \"loanapproval\" or event = \"Loanapproval\" or event = \"LOANAPPROVAL\" or event = \"LoanDisbursal\" or event = \"loandisbursal\" or event = \"Loandisbursal\" or event = \"LOANDISBURSAL\" or event = \"Login\" or event = \"login\" or event = \"LOGIN\" or event = \"Rate\" or event = \"rate\" or event = \"RATE\" or event = \"Registration\" or event = \"registration\" or event = \"REGISTRATION\" or event = \"SpendCredits\" or event = \"spendcredits\" or event = \"Spendcredits\" or event = \"SPENDCREDITS\" or event = \"UnlockAchievement\" or event = \"unlockachievement\" or event = \"Unlockachievement\" or event = \"UNLOCKACHIEVEMENT\")",
    "partnerAction": "reportEvent",
    "mapping": {
      "event": {
        "@path": "$.event"
      },
      "event_source": "app",
      "event_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.event_id"
          },
          "then": {
            "@path": "$.properties.event_id"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.eventId"
              },
              "then": {
                "@path": "$.properties.eventId"
              },
              "else": {
                "@path": "$.messageId"
              }
            }
          }
        }
      },
      "timestamp": {
        "@if": {
          "exists": {
            "@path": "$.timestamp"
          },
          "then": {
            "@path": "$.timestamp"
          },
          "else": {
            "@path": "$.originalTimestamp"
          }
        }
      },
      "email": {
        "@if": {
          "exists": {
            "@path": "$.properties.email"
          },
          "then": {
            "@path": "$.properties.email"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.email"
              },
              "then": {
                "@path": "$.context.traits.email"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.context.user.email"
                  },
                  "then": {
                    "@path": "$.context.user.email"
                  },
                  "else": {
                    "@path": "$.properties.context.user.email"
                  }
                }
              }
            }
          }
        }
      },
      "phone": {
        "@if": {
          "exists": {
            "@path": "$.properties.phone"
          },
          "then": {
            "@path": "$.properties.phone"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.phone"
              },
              "then": {
                "@path": "$.context.traits.phone"
              },
              "else": {
                "@path": "$.properties.context.user.phone"
              }
            }
          }
        }
      },
      "typed_external_ids": {
        "@path": "$.context.externalId"
      },
      "user_id": {
        "@path": "$.userId"
      },
      "anonymous_id": {
        "@path": "$.anonymousId"
      },
      "first_name": {
        "@if": {
          "exists": {
            "@path": "$.properties.first_name"
          },
          "then": {
            "@path": "$.properties.first_name"
          },
          "else": {
            "@path": "$.context.traits.firstName"
          }
        }
      },
      "last_name": {
        "@if": {
          "exists": {
            "@path": "$.properties.last_name"
          },
          "then": {
            "@path": "$.properties.last_name"
          },
          "else": {
            "@path": "$.context.traits.lastName"
          }
        }
      },
      "user_traits": {
        "@path": "$.context.traits"
      },
      "zip_code": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.postal_code"
          },
          "then": {
            "@path": "$.properties.address.postal_code"
          },
          "else": {
            "@path": "$.context.traits.address.postalCode"
          }
        }
      },
      "city": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.city"
          },
          "then": {
            "@path": "$.properties.address.city"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.city"
              },
              "then": {
                "@path": "$.context.traits.address.city"
              },
              "else": {
                "@path": "$.properties.city"
              }
            }
          }
        }
      },
      "state": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.state"
          },
          "then": {
            "@path": "$.properties.address.state"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.state"
              },
              "then": {
                "@path": "$.context.traits.address.state"
              },
              "else": {
                "@path": "$.properties.state"
              }
            }
          }
        }
      },
      "country": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.country"
          },
          "then": {
            "@path": "$.properties.address.country"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.country"
              },
              "then": {
                "@path": "$.context.traits.address.country"
              },
              "else": {
                "@path": "$.properties.country"
              }
            }
          }
        }
      },
      "ttp": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttp"
          },
          "then": {
            "@path": "$.properties.ttp"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttp"
              },
              "then": {
                "@path": "$.context.ttp"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.integrations.TikTok Conversions.ttp"
                  },
                  "then": {
                    "@path": "$.integrations.TikTok Conversions.ttp"
                  },
                  "else": {
                    "@if": {
                      "exists": {
                        "@path": "$.integrations.TikTok.ttp"
                      },
                      "then": {
                        "@path": "$.integrations.TikTok.ttp"
                      },
                      "else": {
                        "@path": "$.properties.context.user.ttp"
                      }
                    }
                  }
                }
              }
            }
          }
        }
      },
      "ttclid": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttclid"
          },
          "then": {
            "@path": "$.properties.ttclid"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttclid"
              },
              "then": {
                "@path": "$.context.ttclid"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.integrations.TikTok Conversions.ttclid"
                  },
                  "then": {
                    "@path": "$.integrations.TikTok Conversions.ttclid"
                  },
                  "else": {
                    "@path": "$.integrations.TikTok.ttclid"
                  }
                }
              }
            }
          }
        }
      },
      "ip": {
        "@if": {
          "exists": {
            "@path": "$.context.ip"
          },
          "then": {
            "@path": "$.context.ip"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.user.ip"
              },
              "then": {
                "@path": "$.properties.context.user.ip"
              },
              "else": {
                "@path": "$.request_ip"
              }
            }
          }
        }
      },
      "user_agent": {
        "@if": {
          "exists": {
            "@path": "$.context.userAgent"
          },
          "then": {
            "@path": "$.context.userAgent"
          },
          "else": {
            "@path": "$.properties.context.user.userAgent"
          }
        }
      },
      "locale": {
        "@if": {
          "exists": {
            "@path": "$.context.locale"
          },
          "then": {
            "@path": "$.context.locale"
          },
          "else": {
            "@path": "$.properties.context.user.locale"
          }
        }
      },
      "url": {
        "@if": {
          "exists": {
            "@path": "$.context.page.url"
          },
          "then": {
            "@path": "$.context.page.url"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.page.url"
              },
              "then": {
                "@path": "$.properties.context.page.url"
              },
              "else": {
                "@path": "$.properties.url"
              }
            }
          }
        }
      },
      "referrer": {
        "@if": {
          "exists": {
            "@path": "$.context.page.referrer"
          },
          "then": {
            "@path": "$.context.page.referrer"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.page.referrer"
              },
              "then": {
                "@path": "$.properties.context.page.referrer"
              },
              "else": {
                "@path": "$.properties.referrer"
              }
            }
          }
        }
      },
      "device": {
        "@path": "$.context.device"
      },
      "os": {
        "@path": "$.context.os"
      },
      "att_status": {
        "@if": {
          "exists": {
            "@path": "$.properties.att_status"
          },
          "then": {
            "@path": "$.properties.att_status"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.device.attStatus"
              },
              "then": {
                "@path": "$.context.device.attStatus"
              },
              "else": {
                "@path": "$.context.device.trackingStatus"
              }
            }
          }
        }
      },
      "ad": {
        "callback": {
          "@if": {
            "exists": {
              "@path": "$.properties.callback"
            },
            "then": {
              "@path": "$.properties.callback"
            },
            "else": {
              "@path": "$.properties.callBack"
            }
          }
        },
        "campaign_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.campaign_id"
            },
            "then": {
              "@path": "$.properties.campaign_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.campaignId"
                },
                "then": {
                  "@path": "$.properties.campaignId"
                },
                "else": {
                  "@if": {
                    "exists": {
                      "@path": "$.properties.campaign.id"
                    },
                    "then": {
                      "@path": "$.properties.campaign.id"
                    },
                    "else": {
                      "@if": {
                        "exists": {
                          "@path": "$.properties.campaign.name"
                        },
                        "then": {
                          "@path": "$.properties.campaign.name"
                        },
                        "else": {
                          "@path": "$.context.campaign.id"
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        },
        "ad_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.ad_id"
            },
            "then": {
              "@path": "$.properties.ad_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.adId"
                },
                "then": {
                  "@path": "$.properties.adId"
                },
                "else": {
                  "@path": "$.properties.campaign.ad_group"
                }
              }
            }
          }
        },
        "creative_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.creative_id"
            },
            "then": {
              "@path": "$.properties.creative_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.creativeId"
                },
                "then": {
                  "@path": "$.properties.creativeId"
                },
                "else": {
                  "@path": "$.properties.campaign.ad_creative"
                }
              }
            }
          }
        },
        "is_retargeting": {
          "@if": {
            "exists": {
              "@path": "$.properties.is_retargeting"
            },
            "then": {
              "@path": "$.properties.is_retargeting"
            },
            "else": {
              "@path": "$.properties.isRetargeting"
            }
          }
        },
        "attributed": {
          "@path": "$.properties.attributed"
        },
        "attribution_type": {
          "@if": {
            "exists": {
              "@path": "$.properties.attribution_type"
            },
            "then": {
              "@path": "$.properties.attribution_type"
            },
            "else": {
              "@path": "$.properties.attributionType"
            }
          }
        },
        "attribution_provider": {
          "@if": {
            "exists": {
              "@path": "$.properties.attribution_provider"
            },
            "then": {
              "@path": "$.properties.attribution_provider"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.attributionProvider"
                },
                "then": {
                  "@path": "$.properties.attributionProvider"
                },
                "else": {
                  "@if": {
                    "exists": {
                      "@path": "$.properties.provider"
                    },
                    "then": {
                      "@path": "$.properties.provider"
                    },
                    "else": {
                      "@path": "$.context.referrer.type"
                    }
                  }
                }
              }
            }
          }
        }
      },
      "app": {
        "@path": "$.context.app"
      },
      "contents": {
        "@if": {
          "exists": {
            "@path": "$.properties.contents"
          },
          "then": {
            "@arrayPath": [
              "$.properties.contents",
              {
                "content_id": {
                  "@path": "$.content_id"
                },
                "content_name": {
                  "@path": "$.content_name"
                },
                "content_category": {
                  "@path": "$.content_category"
                },
                "brand": {
                  "@path": "$.brand"
                },
                "price": {
                  "@path": "$.price"
                },
                "quantity": {
                  "@path": "$.quantity"
                }
              }
            ]
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.products"
              },
              "then": {
                "@arrayPath": [
                  "$.properties.products",
                  {
                    "content_id": {
                      "@if": {
                        "exists": {
                          "@path": "$.product_id"
                        },
                        "then": {
                          "@path": "$.product_id"
                        },
                        "else": {
                          "@if": {
                            "exists": {
                              "@path": "$.productId"
                            },
                            "then": {
                              "@path": "$.productId"
                            },
                            "else": {
                              "@if": {
                                "exists": {
                                  "@path": "$.sku"
                                },
                                "then": {
                                  "@path": "$.sku"
                                },
                                "else": {
                                  "@path": "$.id"
                                }
                              }
                            }
                          }
                        }
                      }
                    },
                    "content_name": {
                      "@path": "$.name"
                    },
                    "content_category": {
                      "@path": "$.category"
                    },
                    "brand": {
                      "@path": "$.brand"
                    },
                    "price": {
                      "@path": "$.price"
                    },
                    "quantity": {
                      "@path": "$.quantity"
                    }
                  }
                ]
              },
              "else": {
                "@if": {
                  "exists": {
                    "@if": {
                      "exists": {
                        "@path": "$.properties.product_id"
                      },
                      "then": {
                        "@path": "$.properties.product_id"
                      },
                      "else": {
                        "@if": {
                          "exists": {
                            "@path": "$.properties.productId"
                          },
                          "then": {
                            "@path": "$.properties.productId"
                          },
                          "else": {
                            "@path": "$.properties.sku"
                          }
                        }
                      }
                    }
                  },
                  "then": [
                    {
                      "content_id": {
                        "@if": {
                          "exists": {
                            "@path": "$.properties.product_id"
                          },
                          "then": {
                            "@path": "$.properties.product_id"
                          },
                          "else": {
                            "@if": {
                              "exists": {
                                "@path": "$.properties.productId"
                              },
                              "then": {
                                "@path": "$.properties.productId"
                              },
                              "else": {
                                "@path": "$.properties.sku"
                              }
                            }
                          }
                        }
                      },
                      "content_name": {
                        "@path": "$.properties.name"
                      },
                      "content_category": {
                        "@path": "$.properties.category"
                      },
                      "brand": {
                        "@path": "$.properties.brand"
                      },
                      "price": {
                        "@path": "$.properties.price"
                      },
                      "quantity": {
                        "@path": "$.properties.quantity"
                      }
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "content_ids": {
        "@path": "$.properties.content_ids"
      },
      "content_type": {
        "@if": {
          "exists": {
            "@path": "$.properties.content_type"
          },
          "then": {
            "@path": "$.properties.content_type"
          },
          "else": {
            "@path": "$.properties.contentType"
          }
        }
      },
      "currency": {
        "@path": "$.properties.currency"
      },
      "value": {
        "@if": {
          "exists": {
            "@path": "$.properties.revenue"
          },
          "then": {
            "@path": "$.properties.revenue"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.total"
              },
              "then": {
                "@path": "$.properties.total"
              },
              "else": {
                "@path": "$.properties.value"
              }
            }
          }
        }
      },
      "num_items": {
        "@if": {
          "exists": {
            "@path": "$.properties.num_items"
          },
          "then": {
            "@path": "$.properties.num_items"
          },
          "else": {
            "@path": "$.properties.quantity"
          }
        }
      },
      "order_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.order_id"
          },
          "then": {
            "@path": "$.properties.order_id"
          },
          "else": {
            "@path": "$.properties.orderId"
          }
        }
      },
      "shop_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.shop_id"
          },
          "then": {
            "@path": "$.properties.shop_id"
          },
          "else": {
            "@path": "$.properties.shopId"
          }
        }
      },
      "search_string": {
        "@if": {
          "exists": {
            "@path": "$.properties.search_string"
          },
          "then": {
            "@path": "$.properties.search_string"
          },
          "else": {
            "@path": "$.properties.query"
          }
        }
      },
      "description": {
        "@path": "$.properties.description"
      },
      "lead_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.lead_id"
          },
          "then": {
            "@path": "$.properties.lead_id"
          },
          "else": {
            "@path": "$.properties.leadId"
          }
        }
      },
      "lead_event_source": {
        "@if": {
          "exists": {
            "@path": "$.properties.lead_event_source"
          },
          "then": {
            "@path": "$.properties.lead_event_source"
          },
          "else": {
            "@path": "$.properties.leadEventSource"
          }
        }
      },
      "custom_properties": {
        "delivery_category": {
          "@path": "$.properties.delivery_category"
        },
        "predicted_ltv": {
          "@path": "$.properties.predicted_ltv"
        }
      },
      "consent_preferences": {
        "@path": "$.context.consent.categoryPreferences"
      },
      "consent_management": {
        "@path": "$.context.consentManagement"
      },
      "gpc": {
        "@path": "$.context.gpc"
      },
      "limited_data_use": {
        "@path": "$.properties.limited_data_use"
      }
    },
    "type": "automatic"
  },
  {
    "name": "tiktok event names",
    "subscribe": "type = \"track\" and (event = \"AddPaymentInfo\" or event = \"addpaymentinfo\" or event = \"Addpaymentinfo\" or event = \"ADDPAYMENTINFO\" or event = \"AddToCart\" or event = \"addtocart\" or event = \"Addtocart\" or event = \"ADDTOCART\" or event = \"AddToWishlist\" or event = \"addtowishlist\" or event = \"Addtowishlist\" or event = \"ADDTOWISHLIST\" or event = \"ApplicationApproval\" or event = \"applicationapproval\" or event = \"Applicationapproval\" or event = \"APPLICATIONAPPROVAL\" or event = \"ClickButton\" or event = \"clickbutton\" or event = \"Clickbutton\" or event = \"CLICKBUTTON\" or event = \"CompletePayment\" or event = \"completepayment\" or event = \"Completepayment\" or event = \"COMPLETEPAYMENT\" or event = \"CompleteRegistration\" or event = \"completeregistration\" or event = \"Completeregistration\" or event = \"COMPLETEREGISTRATION\" or event = \"Contact\" or event = \"contact\" or event = \"CONTACT\" or event = \"CustomizeProduct\" or event = \"customizeproduct\" or event = \"Customizeproduct\" or event = \"CUSTOMIZEPRODUCT\" or event = \"Download\" or event = \"download\" or event = \"DOWNLOAD\" or event = \"FindLocation\" or event = \"findlocation\" or event = \"Findlocation\" or event = \"FINDLOCATION\" or event = \"InitiateCheckout\" or event = \"initiatecheckout\" or event = \"Initiatecheckout\" or event = \"INITIATECHECKOUT\" or event = \"Lead\" or event = \"lead\" or event = \"LEAD\" or event = \"PlaceAnOrder\" or event = \"placeanorder\" or event = \"Placeanorder\" or event = \"PLACEANORDER\" or event = \"Purchase\" or event = \"purchase\" or event = \"PURCHASE\" or event = \"Schedule\" or event = \"schedule\" or event = \"SCHEDULE\" or event = \"Search\" or event = \"search\" or event = \"SEARCH\" or event = \"StartTrial\" or event = \"starttrial\" or event = \"Starttrial\" or event = \"STARTTRIAL\" or event = \"SubmitApplication\" or event = \"submitapplication\" or event = \"Submitapplication\" or event = \"SUBMITAPPLICATION\" or event = \"SubmitForm\" or event = \"submitform\" or event = \"Submitform\" or event = \"SUBMITFORM\" or event = \"Subscribe\" or event = \"subscribe\" or event = \"SUBSCRIBE\" or event = \"ViewContent\" or event = \"viewcontent\" or event = \"Viewcontent\" or event = \"VIEWCONTENT\")",
    "partnerAction": "reportEvent",
    "mapping": {
      "event": {
        "@path": "$.event"
      },
      "event_source": {
        "@if": {
          "exists": {
            "@path": "$.properties.event_source"
          },
          "then": {
            "@path": "$.properties.event_source"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.eventSource"
              },
              "then": {
                "@path": "$.properties.eventSource"
              },
              "else": {
                "@path": "$.channel"
              }
            }
          }
        }
      },
      "event_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.event_id"
          },
          "then": {
            "@path": "$.properties.event_id"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.eventId"
              },
              "then": {
                "@path": "$.properties.eventId"
              },
              "else": {
                "@path": "$.messageId"
              }
            }
          }
        }
      },
      "timestamp": {
        "@if": {
          "exists": {
            "@path": "$.timestamp"
          },
          "then": {
            "@path": "$.timestamp"
          },
          "else": {
            "@path": "$.originalTimestamp"
          }
        }
      },
      "email": {
        "@if": {
          "exists": {
            "@path": "$.properties.email"
          },
          "then": {
            "@path": "$.properties.email"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.email"
              },
              "then": {
                "@path": "$.context.traits.email"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.context.user.email"
                  },
                  "then": {
                    "@path": "$.context.user.email"
                  },
                  "else": {
                    "@path": "$.properties.context.user.email"
                  }
                }
              }
            }
          }
        }
      },
      "phone": {
        "@if": {
          "exists": {
            "@path": "$.properties.phone"
          },
          "then": {
            "@path": "$.properties.phone"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.phone"
              },
              "then": {
                "@path": "$.context.traits.phone"
              },
              "else": {
                "@path": "$.properties.context.user.phone"
              }
            }
          }
        }
      },
      "typed_external_ids": {
        "@path": "$.context.externalId"
      },
      "user_id": {
        "@path": "$.userId"
      },
      "anonymous_id": {
        "@path": "$.anonymousId"
      },
      "first_name": {
        "@if": {
          "exists": {
            "@path": "$.properties.first_name"
          },
          "then": {
            "@path": "$.properties.first_name"
          },
          "else": {
            "@path": "$.context.traits.firstName"
          }
        }
      },
      "last_name": {
        "@if": {
          "exists": {
            "@path": "$.properties.last_name"
          },
          "then": {
            "@path": "$.properties.last_name"
          },
          "else": {
            "@path": "$.context.traits.lastName"
          }
        }
      },
      "user_traits": {
        "@path": "$.context.traits"
      },
      "zip_code": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.postal_code"
          },
          "then": {
            "@path": "$.properties.address.postal_code"
          },
          "else": {
            "@path": "$.context.traits.address.postalCode"
          }
        }
      },
      "city": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.city"
          },
          "then": {
            "@path": "$.properties.address.city"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.city"
              },
              "then": {
                "@path": "$.context.traits.address.city"
              },
              "else": {
                "@path": "$.properties.city"
              }
            }
          }
        }
      },
      "state": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.state"
          },
          "then": {
            "@path": "$.properties.address.state"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.state"
              },
              "then": {
                "@path": "$.context.traits.address.state"
              },
              "else": {
                "@path": "$.properties.state"
              }
            }
          }
        }
      },
      "country": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.country"
          },
          "then": {
            "@path": "$.properties.address.country"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.country"
              },
              "then": {
                "@path": "$.context.traits.address.country"
              },
              "else": {
                "@path": "$.properties.country"
              }
            }
          }
        }
      },
      "ttp": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttp"
          },
          "then": {
            "@path": "$.properties.ttp"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttp"
              },
              "then": {
                "@path": "$.context.ttp"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.integrations.TikTok Conversions.ttp"
                  },
                  "then": {
                    "@path": "$.integrations.TikTok Conversions.ttp"
                  },
                  "else": {
                    "@if": {
                      "exists": {
                        "@path": "$.integrations.TikTok.ttp"
                      },
                      "then": {
                        "@path": "$.integrations.TikTok.ttp"
                      },
                      "else": {
                        "@path": "$.properties.context.user.ttp"
                      }
                    }
                  }
                }
              }
            }
          }
        }
      },
      "ttclid": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttclid"
          },
          "then": {
            "@path": "$.properties.ttclid"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttclid"
              },
              "then": {
                "@path": "$.context.ttclid"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.integrations.TikTok Conversions.ttclid"
                  },
                  "then": {
                    "@path": "$.integrations.TikTok Conversions.ttclid"
                  },
                  "else": {
                    "@path": "$.integrations.TikTok.ttclid"
                  }
                }
              }
            }
          }
        }
      },
      "ip": {
        "@if": {
          "exists": {
            "@path": "$.context.ip"
          },
          "then": {
            "@path": "$.context.ip"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.user.ip"
              },
              "then": {
                "@path": "$.properties.context.user.ip"
              },
              "else": {
                "@path": "$.request_ip"
              }
            }
          }
        }
      },
      "user_agent": {
        "@if": {
          "exists": {
            "@path": "$.context.userAgent"
          },
          "then": {
            "@path": "$.context.userAgent"
          },
          "else": {
            "@path": "$.properties.context.user.userAgent"
          }
        }
      },
      "locale": {
        "@if": {
          "exists": {
            "@path": "$.context.locale"
          },
          "then": {
            "@path": "$.context.locale"
          },
          "else": {
            "@path": "$.properties.context.user.locale"
          }
        }
      },
      "url": {
        "@if": {
          "exists": {
            "@path": "$.context.page.url"
          },
          "then": {
            "@path": "$.context.page.url"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.page.url"
              },
              "then": {
                "@path": "$.properties.context.page.url"
              },
              "else": {
                "@path": "$.properties.url"
              }
            }
          }
        }
      },
      "referrer": {
        "@if": {
          "exists": {
            "@path": "$.context.page.referrer"
          },
          "then": {
            "@path": "$.context.page.referrer"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.page.referrer"
              },
              "then": {
                "@path": "$.properties.context.page.referrer"
              },
              "else": {
                "@path": "$.properties.referrer"
              }
            }
          }
        }
      },
      "device": {
        "@path": "$.context.device"
      },
      "os": {
        "@path": "$.context.os"
      },
      "att_status": {
        "@if": {
          "exists": {
            "@path": "$.properties.att_status"
          },
          "then": {
            "@path": "$.properties.att_status"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.device.attStatus"
              },
              "then": {
                "@path": "$.context.device.attStatus"
              },
              "else": {
                "@path": "$.context.device.trackingStatus"
              }
            }
          }
        }
      },
      "ad": {
        "callback": {
          "@if": {
            "exists": {
              "@path": "$.properties.callback"
            },
            "then": {
              "@path": "$.properties.callback"
            },
            "else": {
              "@path": "$.properties.callBack"
            }
          }
        },
        "campaign_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.campaign_id"
            },
            "then": {
              "@path": "$.properties.campaign_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.campaignId"
                },
                "then": {
                  "@path": "$.properties.campaignId"
                },
                "else": {
                  "@if": {
                    "exists": {
                      "@path": "$.properties.campaign.id"
                    },
                    "then": {
                      "@path": "$.properties.campaign.id"
                    },
                    "else": {
                      "@if": {
                        "exists": {
                          "@path": "$.properties.campaign.name"
                        },
                        "then": {
                          "@path": "$.properties.campaign.name"
                        },
                        "else": {
                          "@path": "$.context.campaign.id"
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        },
        "ad_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.ad_id"
            },
            "then": {
              "@path": "$.properties.ad_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.adId"
                },
                "then": {
                  "@path": "$.properties.adId"
                },
                "else": {
                  "@path": "$.properties.campaign.ad_group"
                }
              }
            }
          }
        },
        "creative_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.creative_id"
            },
            "then": {
              "@path": "$.properties.creative_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.creativeId"
                },
                "then": {
                  "@path": "$.properties.creativeId"
                },
                "else": {
                  "@path": "$.properties.campaign.ad_creative"
                }
              }
            }
          }
        },
        "is_retargeting": {
          "@if": {
            "exists": {
              "@path": "$.properties.is_retargeting"
            },
            "then": {
              "@path": "$.properties.is_retargeting"
            },
            "else": {
              "@path": "$.properties.isRetargeting"
            }
          }
        },
        "attributed": {
          "@path": "$.properties.attributed"
        },
        "attribution_type": {
          "@if": {
            "exists": {
              "@path": "$.properties.attribution_type"
            },
            "then": {
              "@path": "$.properties.attribution_type"
            },
            "else": {
              "@path": "$.properties.attributionType"
            }
          }
        },
        "attribution_provider": {
          "@if": {
            "exists": {
              "@path": "$.properties.attribution_provider"
            },
            "then": {
              "@path": "$.properties.attribution_provider"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.attributionProvider"
                },
                "then": {
                  "@path": "$.properties.attributionProvider"
                },
                "else": {
                  "@if": {
                    "exists": {
                      "@path": "$.properties.provider"
                    },
                    "then": {
                      "@path": "$.properties.provider"
                    },
                    "else": {
                      "@path": "$.context.referrer.type"
                    }
                  }
                }
              }
            }
          }
        }
      },
      "app": {
        "@path": "$.context.app"
      },
      "contents": {
        "@if": {
          "exists": {
            "@path": "$.properties.contents"
          },
          "then": {
            "@arrayPath": [
              "$.properties.contents",
              {
                "content_id": {
                  "@path": "$.content_id"
                },
                "content_name": {
                  "@path": "$.content_name"
                },
                "content_category": {
                  "@path": "$.content_category"
                },
                "brand": {
                  "@path": "$.brand"
                },
                "price": {
                  "@path": "$.price"
                },
                "quantity": {
                  "@path": "$.quantity"
                }
              }
            ]
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.products"
              },
              "then": {
                "@arrayPath": [
                  "$.properties.products",
                  {
                    "content_id": {
                      "@if": {
                        "exists": {
                          "@path": "$.product_id"
                        },
                        "then": {
                          "@path": "$.product_id"
                        },
                        "else": {
                          "@if": {
                            "exists": {
                              "@path": "$.productId"
                            },
                            "then": {
                              "@path": "$.productId"
                            },
                            "else": {
                              "@if": {
                                "exists": {
                                  "@path": "$.sku"
                                },
                                "then": {
                                  "@path": "$.sku"
                                },
                                "else": {
                                  "@path": "$.id"
                                }
                              }
                            }
                          }
                        }
                      }
                    },
                    "content_name": {
                      "@path": "$.name"
                    },
                    "content_category": {
                      "@path": "$.category"
                    },
                    "brand": {
                      "@path": "$.brand"
                    },
                    "price": {
                      "@path": "$.price"
                    },
                    "quantity": {
                      "@path": "$.quantity"
                    }
                  }
                ]
              },
              "else": {
                "@if": {
                  "exists": {
                    "@if": {
                      "exists": {
                        "@path": "$.properties.product_id"
                      },
                      "then": {
                        "@path": "$.properties.product_id"
                      },
                      "else": {
                        "@if": {
                          "exists": {
                            "@path": "$.properties.productId"
                          },
                          "then": {
                            "@path": "$.properties.productId"
                          },
                          "else": {
                            "@path": "$.properties.sku"
                          }
                        }
                      }
                    }
                  },
                  "then": [
                    {
                      "content_id": {
                        "@if": {
                          "exists": {
                            "@path": "$.properties.product_id"
                          },
                          "then": {
                            "@path": "$.properties.product_id"
                          },
                          "else": {
                            "@if": {
                              "exists": {
                                "@path": "$.properties.productId"
                              },
                              "then": {
                                "@path": "$.properties.productId"
                              },
                              "else": {
                                "@path": "$.properties.sku"
                              }
                            }
                          }
                        }
                      },
                      "content_name": {
                        "@path": "$.properties.name"
                      },
                      "content_category": {
                        "@path": "$.properties.category"
                      },
                      "brand": {
                        "@path": "$.properties.brand"
                      },
                      "price": {
                        "@path": "$.properties.price"
                      },
                      "quantity": {
                        "@path": "$.properties.quantity"
                      }
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "content_ids": {
        "@path": "$.properties.content_ids"
      },
      "content_type": {
        "@if": {
          "exists": {
            "@path": "$.properties.content_type"
          },
          "then": {
            "@path": "$.properties.content_type"
          },
          "else": {
            "@path": "$.properties.contentType"
          }
        }
      },
      "currency": {
        "@path": "$.properties.currency"
      },
      "value": {
        "@if": {
          "exists": {
            "@path": "$.properties.revenue"
          },
          "then": {
            "@path": "$.properties.revenue"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.total"
              },
              "then": {
                "@path": "$.properties.total"
              },
              "else": {
                "@path": "$.properties.value"
              }
            }
          }
        }
      },
      "num_items": {
        "@if": {
          "exists": {
            "@path": "$.properties.num_items"
          },
          "then": {
            "@path": "$.properties.num_items"
          },
          "else": {
            "@path": "$.properties.quantity"
          }
        }
      },
      "order_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.order_id"
          },
          "then": {
            "@path": "$.properties.order_id"
          },
          "else": {
            "@path": "$.properties.orderId"
          }
        }
      },
      "shop_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.shop_id"
          },
          "then": {
            "@path": "$.properties.shop_id"
          },
          "else": {
            "@path": "$.properties.shopId"
          }
        }
      },
      "search_string": {
        "@if": {
          "exists": {
            "@path": "$.properties.search_string"
          },
          "then": {
            "@path": "$.properties.search_string"
          },
          "else": {
            "@path": "$.properties.query"
          }
        }
      },
      "description": {
        "@path": "$.properties.description"
      },
      "lead_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.lead_id"
          },
          "then": {
            "@path": "$.properties.lead_id"
          },
          "else": {
            "@path": "$.properties.leadId"
          }
        }
      },
      "lead_event_source": {
        "@if": {
          "exists": {
            "@path": "$.properties.lead_event_source"
          },
          "then": {
            "@path": "$.properties.lead_event_source"
          },
          "else": {
            "@path": "$.properties.leadEventSource"
          }
        }
      },
      "custom_properties": {
        "delivery_category": {
          "@path": "$.properties.delivery_category"
        },
        "predicted_ltv": {
          "@path": "$.properties.predicted_ltv"
        }
      },
      "consent_preferences": {
        "@path": "$.context.consent.categoryPreferences"
      },
      "consent_management": {
        "@path": "$.context.consentManagement"
      },
      "gpc": {
        "@path": "$.context.gpc"
      },
      "limited_data_use": {
        "@path": "$.properties.limited_data_use"
      }
    },
    "type": "automatic"
  },
  {
    "name": "Purchase",
    "subscribe": "type = \"track\" and (event = \"Order Completed\" or event = \"order completed\" or event = \"Order completed\" or event = \"ORDER COMPLETED\")",
    "partnerAction": "reportEvent",
    "mapping": {
      "event": "CompletePayment",
      "event_source": {
        "@if": {
          "exists": {
            "@path": "$.properties.event_source"
          },
          "then": {
            "@path": "$.properties.event_source"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.eventSource"
              },
              "then": {
                "@path": "$.properties.eventSource"
              },
              "else": {
                "@path": "$.channel"
              }
            }
          }
        }
      },
      "event_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.event_id"
          },
          "then": {
            "@path": "$.properties.event_id"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.eventId"
              },
              "then": {
                "@path": "$.properties.eventId"
              },
              "else": {
                "@path": "$.messageId"
              }
            }
          }
        }
      },
      "timestamp": {
        "@if": {
          "exists": {
            "@path": "$.timestamp"
          },
          "then": {
            "@path": "$.timestamp"
          },
          "else": {
            "@path": "$.originalTimestamp"
          }
        }
      },
      "email": {
        "@if": {
          "exists": {
            "@path": "$.traits.email"
          },
          "then": {
            "@path": "$.traits.email"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.email"
              },
              "then": {
                "@path": "$.context.traits.email"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.properties.email"
                  },
                  "then": {
                    "@path": "$.properties.email"
                  },
                  "else": {
                    "@if": {
                      "exists": {
                        "@path": "$.context.user.email"
                      },
                      "then": {
                        "@path": "$.context.user.email"
                      },
                      "else": {
                        "@path": "$.properties.context.user.email"
                      }
                    }
                  }
                }
              }
            }
          }
        }
      },
      "phone": {
        "@if": {
          "exists": {
            "@path": "$.traits.phone"
          },
          "then": {
            "@path": "$.traits.phone"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.phone"
              },
              "then": {
                "@path": "$.context.traits.phone"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.properties.phone"
                  },
                  "then": {
                    "@path": "$.properties.phone"
                  },
                  "else": {
                    "@path": "$.properties.context.user.phone"
                  }
                }
              }
            }
          }
        }
      },
      "typed_external_ids": {
        "@path": "$.context.externalId"
      },
      "user_id": {
        "@path": "$.userId"
      },
      "anonymous_id": {
        "@path": "$.anonymousId"
      },
      "first_name": {
        "@if": {
          "exists": {
            "@path": "$.properties.first_name"
          },
          "then": {
            "@path": "$.properties.first_name"
          },
          "else": {
            "@path": "$.context.traits.firstName"
          }
        }
      },
      "last_name": {
        "@if": {
          "exists": {
            "@path": "$.properties.last_name"
          },
          "then": {
            "@path": "$.properties.last_name"
          },
          "else": {
            "@path": "$.context.traits.lastName"
          }
        }
      },
      "user_traits": {
        "@path": "$.context.traits"
      },
      "zip_code": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.postal_code"
          },
          "then": {
            "@path": "$.properties.address.postal_code"
          },
          "else": {
            "@path": "$.context.traits.address.postalCode"
          }
        }
      },
      "city": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.city"
          },
          "then": {
            "@path": "$.properties.address.city"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.city"
              },
              "then": {
                "@path": "$.context.traits.address.city"
              },
              "else": {
                "@path": "$.properties.city"
              }
            }
          }
        }
      },
      "state": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.state"
          },
          "then": {
            "@path": "$.properties.address.state"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.state"
              },
              "then": {
                "@path": "$.context.traits.address.state"
              },
              "else": {
                "@path": "$.properties.state"
              }
            }
          }
        }
      },
      "country": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.country"
          },
          "then": {
            "@path": "$.properties.address.country"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.country"
              },
              "then": {
                "@path": "$.context.traits.address.country"
              },
              "else": {
                "@path": "$.properties.country"
              }
            }
          }
        }
      },
      "ttp": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttp"
          },
          "then": {
            "@path": "$.properties.ttp"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttp"
              },
              "then": {
                "@path": "$.context.ttp"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.integrations.TikTok Conversions.ttp"
                  },
                  "then": {
                    "@path": "$.integrations.TikTok Conversions.ttp"
                  },
                  "else": {
                    "@if": {
                      "exists": {
                        "@path": "$.integrations.TikTok.ttp"
                      },
                      "then": {
                        "@path": "$.integrations.TikTok.ttp"
                      },
                      "else": {
                        "@path": "$.properties.context.user.ttp"
                      }
                    }
                  }
                }
              }
            }
          }
        }
      },
      "ttclid": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttclid"
          },
          "then": {
            "@path": "$.properties.ttclid"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttclid"
              },
              "then": {
                "@path": "$.context.ttclid"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.integrations.TikTok Conversions.ttclid"
                  },
                  "then": {
                    "@path": "$.integrations.TikTok Conversions.ttclid"
                  },
                  "else": {
                    "@path": "$.integrations.TikTok.ttclid"
                  }
                }
              }
            }
          }
        }
      },
      "ip": {
        "@if": {
          "exists": {
            "@path": "$.context.ip"
          },
          "then": {
            "@path": "$.context.ip"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.user.ip"
              },
              "then": {
                "@path": "$.properties.context.user.ip"
              },
              "else": {
                "@path": "$.request_ip"
              }
            }
          }
        }
      },
      "user_agent": {
        "@if": {
          "exists": {
            "@path": "$.context.userAgent"
          },
          "then": {
            "@path": "$.context.userAgent"
          },
          "else": {
            "@path": "$.properties.context.user.userAgent"
          }
        }
      },
      "locale": {
        "@if": {
          "exists": {
            "@path": "$.context.locale"
          },
          "then": {
            "@path": "$.context.locale"
          },
          "else": {
            "@path": "$.properties.context.user.locale"
          }
        }
      },
      "url": {
        "@if": {
          "exists": {
            "@path": "$.context.page.url"
          },
          "then": {
            "@path": "$.context.page.url"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.page.url"
              },
              "then": {
                "@path": "$.properties.context.page.url"
              },
              "else": {
                "@path": "$.properties.url"
              }
            }
          }
        }
      },
      "referrer": {
        "@if": {
          "exists": {
            "@path": "$.context.page.referrer"
          },
          "then": {
            "@path": "$.context.page.referrer"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.page.referrer"
              },
              "then": {
                "@path": "$.properties.context.page.referrer"
              },
              "else": {
                "@path": "$.properties.referrer"
              }
            }
          }
        }
      },
      "device": {
        "@path": "$.context.device"
      },
      "os": {
        "@path": "$.context.os"
      },
      "att_status": {
        "@if": {
          "exists": {
            "@path": "$.properties.att_status"
          },
          "then": {
            "@path": "$.properties.att_status"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.device.attStatus"
              },
              "then": {
                "@path": "$.context.device.attStatus"
              },
              "else": {
                "@path": "$.context.device.trackingStatus"
              }
            }
          }
        }
      },
      "ad": {
        "callback": {
          "@if": {
            "exists": {
              "@path": "$.properties.callback"
            },
            "then": {
              "@path": "$.properties.callback"
            },
            "else": {
              "@path": "$.properties.callBack"
            }
          }
        },
        "campaign_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.campaign_id"
            },
            "then": {
              "@path": "$.properties.campaign_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.campaignId"
                },
                "then": {
                  "@path": "$.properties.campaignId"
                },
                "else": {
                  "@if": {
                    "exists": {
                      "@path": "$.properties.campaign.id"
                    },
                    "then": {
                      "@path": "$.properties.campaign.id"
                    },
                    "else": {
                      "@if": {
                        "exists": {
                          "@path": "$.properties.campaign.name"
                        },
                        "then": {
                          "@path": "$.properties.campaign.name"
                        },
                        "else": {
                          "@path": "$.context.campaign.id"
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        },
        "ad_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.ad_id"
            },
            "then": {
              "@path": "$.properties.ad_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.adId"
                },
                "then": {
                  "@path": "$.properties.adId"
                },
                "else": {
                  "@path": "$.properties.campaign.ad_group"
                }
              }
            }
          }
        },
        "creative_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.creative_id"
            },
            "then": {
              "@path": "$.properties.creative_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.creativeId"
                },
                "then": {
                  "@path": "$.properties.creativeId"
                },
                "else": {
                  "@path": "$.properties.campaign.ad_creative"
                }
              }
            }
          }
        },
        "is_retargeting": {
          "@if": {
            "exists": {
              "@path": "$.properties.is_retargeting"
            },
            "then": {
              "@path": "$.properties.is_retargeting"
            },
            "else": {
              "@path": "$.properties.isRetargeting"
            }
          }
        },
        "attributed": {
          "@path": "$.properties.attributed"
        },
        "attribution_type": {
          "@if": {
            "exists": {
              "@path": "$.properties.attribution_type"
            },
            "then": {
              "@path": "$.properties.attribution_type"
            },
            "else": {
              "@path": "$.properties.attributionType"
            }
          }
        },
        "attribution_provider": {
          "@if": {
            "exists": {
              "@path": "$.properties.attribution_provider"
            },
            "then": {
              "@path": "$.properties.attribution_provider"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.attributionProvider"
                },
                "then": {
                  "@path": "$.properties.attributionProvider"
                },
                "else": {
                  "@if": {
                    "exists": {
                      "@path": "$.properties.provider"
                    },
                    "then": {
                      "@path": "$.properties.provider"
                    },
                    "else": {
                      "@path": "$.context.referrer.type"
                    }
                  }
                }
              }
            }
          }
        }
      },
      "app": {
        "@path": "$.context.app"
      },
      "contents": {
        "@if": {
          "exists": {
            "@path": "$.properties.products"
          },
          "then": {
            "@arrayPath": [
              "$.properties.products",
              {
                "content_id": {
                  "@if": {
                    "exists": {
                      "@path": "$.product_id"
                    },
                    "then": {
                      "@path": "$.product_id"
                    },
                    "else": {
                      "@if": {
                        "exists": {
                          "@path": "$.productId"
                        },
                        "then": {
                          "@path": "$.productId"
                        },
                        "else": {
                          "@if": {
                            "exists": {
                              "@path": "$.sku"
                            },
                            "then": {
                              "@path": "$.sku"
                            },
                            "else": {
                              "@path": "$.id"
                            }
                          }
                        }
                      }
                    }
                  }
                },
                "content_name": {
                  "@path": "$.name"
                },
                "content_category": {
                  "@path": "$.category"
                },
                "brand": {
                  "@path": "$.brand"
                },
                "price": {
                  "@path": "$.price"
                },
                "quantity": {
                  "@path": "$.quantity"
                }
              }
            ]
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.contents"
              },
              "then": {
                "@arrayPath": [
                  "$.properties.contents",
                  {
                    "content_id": {
                      "@path": "$.content_id"
                    },
                    "content_name": {
                      "@path": "$.content_name"
                    },
                    "content_category": {
                      "@path": "$.content_category"
                    },
                    "brand": {
                      "@path": "$.brand"
                    },
                    "price": {
                      "@path": "$.price"
                    },
                    "quantity": {
                      "@path": "$.quantity"
                    }
                  }
                ]
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.properties.products"
                  },
                  "then": {
                    "@arrayPath": [
                      "$.properties.products",
                      {
                        "content_id": {
                          "@if": {
                            "exists": {
                              "@path": "$.product_id"
                            },
                            "then": {
                              "@path": "$.product_id"
                            },
                            "else": {
                              "@if": {
                                "exists": {
                                  "@path": "$.productId"
                                },
                                "then": {
                                  "@path": "$.productId"
                                },
                                "else": {
                                  "@if": {
                                    "exists": {
                                      "@path": "$.sku"
                                    },
                                    "then": {
                                      "@path": "$.sku"
                                    },
                                    "else": {
                                      "@path": "$.id"
                                    }
                                  }
                                }
                              }
                            }
                          }
                        },
                        "content_name": {
                          "@path": "$.name"
                        },
                        "content_category": {
                          "@path": "$.category"
                        },
                        "brand": {
                          "@path": "$.brand"
                        },
                        "price": {
                          "@path": "$.price"
                        },
                        "quantity": {
                          "@path": "$.quantity"
                        }
                      }
                    ]
                  },
                  "else": {
                    "@if": {
                      "exists": {
                        "@if": {
                          "exists": {
                            "@path": "$.properties.product_id"
                          },
                          "then": {
                            "@path": "$.properties.product_id"
                          },
                          "else": {
                            "@if": {
                              "exists": {
                                "@path": "$.properties.productId"
                              },
                              "then": {
                                "@path": "$.properties.productId"
                              },
                              "else": {
                                "@path": "$.properties.sku"
                              }
                            }
                          }
                        }
                      },
                      "then": [
                        {
                          "content_id": {
                            "@if": {
                              "exists": {
                                "@path": "$.properties.product_id"
                              },
                              "then": {
                                "@path": "$.properties.product_id"
                              },
                              "else": {
                                "@if": {
                                  "exists": {
                                    "@path": "$.properties.productId"
                                  },
                                  "then": {
                                    "@path": "$.properties.productId"
                                  },
                                  "else": {
                                    "@path": "$.properties.sku"
                                  }
                                }
                              }
                            }
                          },
                          "content_name": {
                            "@path": "$.properties.name"
                          },
                          "content_category": {
                            "@path": "$.properties.category"
                          },
                          "brand": {
                            "@path": "$.properties.brand"
                          },
                          "price": {
                            "@path": "$.properties.price"
                          },
                          "quantity": {
                            "@path": "$.properties.quantity"
                          }
                        }
                      ]
                    }
                  }
                }
              }
            }
          }
        }
      },
      "content_ids": {
        "@path": "$.properties.content_ids"
      },
      "content_type": {
        "@if": {
          "exists": {
            "@path": "$.properties.content_type"
          },
          "then": {
            "@path": "$.properties.content_type"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.contentType"
              },
              "then": {
                "@path": "$.properties.contentType"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.properties.products"
                  },
                  "then": "product"
                }
              }
            }
          }
        }
      },
      "currency": {
        "@if": {
          "exists": {
            "@path": "$.properties.currency"
          },
          "then": {
            "@path": "$.properties.currency"
          },
          "else": "USD"
        }
      },
      "value": {
        "@if": {
          "exists": {
            "@path": "$.properties.revenue"
          },
          "then": {
            "@path": "$.properties.revenue"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.total"
              },
              "then": {
                "@path": "$.properties.total"
              },
              "else": {
                "@path": "$.properties.value"
              }
            }
          }
        }
      },
      "num_items": {
        "@if": {
          "exists": {
            "@path": "$.properties.num_items"
          },
          "then": {
            "@path": "$.properties.num_items"
          },
          "else": {
            "@path": "$.properties.quantity"
          }
        }
      },
      "order_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.order_id"
          },
          "then": {
            "@path": "$.properties.order_id"
          },
          "else": {
            "@path": "$.properties.orderId"
          }
        }
      },
      "shop_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.shop_id"
          },
          "then": {
            "@path": "$.properties.shop_id"
          },
          "else": {
            "@path": "$.properties.shopId"
          }
        }
      },
      "description": {
        "@path": "$.properties.description"
      },
      "lead_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.lead_id"
          },
          "then": {
            "@path": "$.properties.lead_id"
          },
          "else": {
            "@path": "$.properties.leadId"
          }
        }
      },
      "lead_event_source": {
        "@if": {
          "exists": {
            "@path": "$.properties.lead_event_source"
          },
          "then": {
            "@path": "$.properties.lead_event_source"
          },
          "else": {
            "@path": "$.properties.leadEventSource"
          }
        }
      },
      "custom_properties": {
        "delivery_category": {
          "@path": "$.properties.delivery_category"
        },
        "predicted_ltv": {
          "@path": "$.properties.predicted_ltv"
        }
      },
      "consent_preferences": {
        "@path": "$.context.consent.categoryPreferences"
      },
      "consent_management": {
        "@path": "$.context.consentManagement"
      },
      "gpc": {
        "@path": "$.context.gpc"
      },
      "limited_data_use": {
        "@path": "$.properties.limited_data_use"
      },
      "external_id": {
        "@path": "$.userId"
      }
    },
    "type": "automatic"
  },
  {
    "name": "View Content",
    "subscribe": "type = \"track\" and (event = \"Product Viewed\" or event = \"product viewed\" or event = \"Product viewed\" or event = \"PRODUCT VIEWED\")",
    "partnerAction": "reportEvent",
    "mapping": {
      "event": "ViewContent",
      "event_source": {
        "@if": {
          "exists": {
            "@path": "$.properties.event_source"
          },
          "then": {
            "@path": "$.properties.event_source"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.eventSource"
              },
              "then": {
                "@path": "$.properties.eventSource"
              },
              "else": {
                "@path": "$.channel"
              }
            }
          }
        }
      },
      "event_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.event_id"
          },
          "then": {
            "@path": "$.properties.event_id"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.eventId"
              },
              "then": {
                "@path": "$.properties.eventId"
              },
              "else": {
                "@path": "$.messageId"
              }
            }
          }
        }
      },
      "timestamp": {
        "@if": {
          "exists": {
            "@path": "$.timestamp"
          },
          "then": {
            "@path": "$.timestamp"
          },
          "else": {
            "@path": "$.originalTimestamp"
          }
        }
      },
      "email": {
        "@if": {
          "exists": {
            "@path": "$.properties.email"
          },
          "then": {
            "@path": "$.properties.email"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.email"
              },
              "then": {
                "@path": "$.context.traits.email"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.context.user.email"
                  },
                  "then": {
                    "@path": "$.context.user.email"
                  },
                  "else": {
                    "@path": "$.properties.context.user.email"
                  }
                }
              }
            }
          }
        }
      },
      "phone": {
        "@if": {
          "exists": {
            "@path": "$.properties.phone"
          },
          "then": {
            "@path": "$.properties.phone"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.phone"
              },
              "then": {
                "@path": "$.context.traits.phone"
              },
              "else": {
                "@path": "$.properties.context.user.phone"
              }
            }
          }
        }
      },
      "typed_external_ids": {
        "@path": "$.context.externalId"
      },
      "user_id": {
        "@path": "$.userId"
      },
      "anonymous_id": {
        "@path": "$.anonymousId"
      },
      "first_name": {
        "@if": {
          "exists": {
            "@path": "$.properties.first_name"
          },
          "then": {
            "@path": "$.properties.first_name"
          },
          "else": {
            "@path": "$.context.traits.firstName"
          }
        }
      },
      "last_name": {
        "@if": {
          "exists": {
            "@path": "$.properties.last_name"
          },
          "then": {
            "@path": "$.properties.last_name"
          },
          "else": {
            "@path": "$.context.traits.lastName"
          }
        }
      },
      "user_traits": {
        "@path": "$.context.traits"
      },
      "zip_code": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.postal_code"
          },
          "then": {
            "@path": "$.properties.address.postal_code"
          },
          "else": {
            "@path": "$.context.traits.address.postalCode"
          }
        }
      },
      "city": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.city"
          },
          "then": {
            "@path": "$.properties.address.city"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.city"
              },
              "then": {
                "@path": "$.context.traits.address.city"
              },
              "else": {
                "@path": "$.properties.city"
              }
            }
          }
        }
      },
      "state": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.state"
          },
          "then": {
            "@path": "$.properties.address.state"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.state"
              },
              "then": {
                "@path": "$.context.traits.address.state"
              },
              "else": {
                "@path": "$.properties.state"
              }
            }
          }
        }
      },
      "country": {
        "@if": {
          "exists": {
            "@path": "$.properties.address.country"
          },
          "then": {
            "@path": "$.properties.address.country"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.traits.address.country"
              },
              "then": {
                "@path": "$.context.traits.address.country"
              },
              "else": {
                "@path": "$.properties.country"
              }
            }
          }
        }
      },
      "ttp": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttp"
          },
          "then": {
            "@path": "$.properties.ttp"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttp"
              },
              "then": {
                "@path": "$.context.ttp"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.integrations.TikTok Conversions.ttp"
                  },
                  "then": {
                    "@path": "$.integrations.TikTok Conversions.ttp"
                  },
                  "else": {
                    "@if": {
                      "exists": {
                        "@path": "$.integrations.TikTok.ttp"
                      },
                      "then": {
                        "@path": "$.integrations.TikTok.ttp"
                      },
                      "else": {
                        "@path": "$.properties.context.user.ttp"
                      }
                    }
                  }
                }
              }
            }
          }
        }
      },
      "ttclid": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttclid"
          },
          "then": {
            "@path": "$.properties.ttclid"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttclid"
              },
              "then": {
                "@path": "$.context.ttclid"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.integrations.TikTok Conversions.ttclid"
                  },
                  "then": {
                    "@path": "$.integrations.TikTok Conversions.ttclid"
                  },
                  "else": {
                    "@path": "$.integrations.TikTok.ttclid"
                  }
                }
              }
            }
          }
        }
      },
      "ip": {
        "@if": {
          "exists": {
            "@path": "$.context.ip"
          },
          "then": {
            "@path": "$.context.ip"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.user.ip"
              },
              "then": {
                "@path": "$.properties.context.user.ip"
              },
              "else": {
                "@path": "$.request_ip"
              }
            }
          }
        }
      },
      "user_agent": {
        "@if": {
          "exists": {
            "@path": "$.context.userAgent"
          },
          "then": {
            "@path": "$.context.userAgent"
          },
          "else": {
            "@path": "$.properties.context.user.userAgent"
          }
        }
      },
      "locale": {
        "@if": {
          "exists": {
            "@path": "$.context.locale"
          },
          "then": {
            "@path": "$.context.locale"
          },
          "else": {
            "@path": "$.properties.context.user.locale"
          }
        }
      },
      "url": {
        "@if": {
          "exists": {
            "@path": "$.context.page.url"
          },
          "then": {
            "@path": "$.context.page.url"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.page.url"
              },
              "then": {
                "@path": "$.properties.context.page.url"
              },
              "else": {
                "@path": "$.properties.url"
              }
            }
          }
        }
      },
      "referrer": {
        "@if": {
          "exists": {
            "@path": "$.context.page.referrer"
          },
          "then": {
            "@path": "$.context.page.referrer"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.context.page.referrer"
              },
              "then": {
                "@path": "$.properties.context.page.referrer"
              },
              "else": {
                "@path": "$.properties.referrer"
              }
            }
          }
        }
      },
      "device": {
        "@path": "$.context.device"
      },
      "os": {
        "@path": "$.context.os"
      },
      "att_status": {
        "@if": {
          "exists": {
            "@path": "$.properties.att_status"
          },
          "then": {
            "@path": "$.properties.att_status"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.device.attStatus"
              },
              "then": {
                "@path": "$.context.device.attStatus"
              },
              "else": {
                "@path": "$.context.device.trackingStatus"
              }
            }
          }
        }
      },
      "ad": {
        "callback": {
          "@if": {
            "exists": {
              "@path": "$.properties.callback"
            },
            "then": {
              "@path": "$.properties.callback"
            },
            "else": {
              "@path": "$.properties.callBack"
            }
          }
        },
        "campaign_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.campaign_id"
            },
            "then": {
              "@path": "$.properties.campaign_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.campaignId"
                },
                "then": {
                  "@path": "$.properties.campaignId"
                },
                "else": {
                  "@if": {
                    "exists": {
                      "@path": "$.properties.campaign.id"
                    },
                    "then": {
                      "@path": "$.properties.campaign.id"
                    },
                    "else": {
                      "@if": {
                        "exists": {
                          "@path": "$.properties.campaign.name"
                        },
                        "then": {
                          "@path": "$.properties.campaign.name"
                        },
                        "else": {
                          "@path": "$.context.campaign.id"
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        },
        "ad_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.ad_id"
            },
            "then": {
              "@path": "$.properties.ad_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.adId"
                },
                "then": {
                  "@path": "$.properties.adId"
                },
                "else": {
                  "@path": "$.properties.campaign.ad_group"
                }
              }
            }
          }
        },
        "creative_id": {
          "@if": {
            "exists": {
              "@path": "$.properties.creative_id"
            },
            "then": {
              "@path": "$.properties.creative_id"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.creativeId"
                },
                "then": {
                  "@path": "$.properties.creativeId"
                },
                "else": {
                  "@path": "$.properties.campaign.ad_creative"
                }
              }
            }
          }
        },
        "is_retargeting": {
          "@if": {
            "exists": {
              "@path": "$.properties.is_retargeting"
            },
            "then": {
              "@path": "$.properties.is_retargeting"
            },
            "else": {
              "@path": "$.properties.isRetargeting"
            }
          }
        },
        "attributed": {
          "@path": "$.properties.attributed"
        },
        "attribution_type": {
          "@if": {
            "exists": {
              "@path": "$.properties.attribution_type"
            },
            "then": {
              "@path": "$.properties.attribution_type"
            },
            "else": {
              "@path": "$.properties.attributionType"
            }
          }
        },
        "attribution_provider": {
          "@if": {
            "exists": {
              "@path": "$.properties.attribution_provider"
            },
            "then": {
              "@path": "$.properties.attribution_provider"
            },
            "else": {
              "@if": {
                "exists": {
                  "@path": "$.properties.attributionProvider"
                },
                "then": {
                  "@path": "$.properties.attributionProvider"
                },
                "else": {
                  "@if": {
                    "exists": {
                      "@path": "$.properties.provider"
                    },
                    "then": {
                      "@path": "$.properties.provider"
                    },
                    "else": {
                      "@path": "$.context.referrer.type"
                    }
                  }
                }
              }
            }
          }
        }
      },
      "app": {
        "@path": "$.context.app"
      },
      "contents": {
        "@if": {
          "exists": {
            "@path": "$.properties.contents"
          },
          "then": {
            "@arrayPath": [
              "$.properties.contents",
              {
                "content_id": {
                  "@path": "$.content_id"
                },
                "content_name": {
                  "@path": "$.content_name"
                },
                "content_category": {
                  "@path": "$.content_category"
                },
                "brand": {
                  "@path": "$.brand"
                },
                "price": {
                  "@path": "$.price"
                },
                "quantity": {
                  "@path": "$.quantity"
                }
              }
            ]
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.products"
              },
              "then": {
                "@arrayPath": [
                  "$.properties.products",
                  {
                    "content_id": {
                      "@if": {
                        "exists": {
                          "@path": "$.product_id"
                        },
                        "then": {
                          "@path": "$.product_id"
                        },
                        "else": {
                          "@if": {
                            "exists": {
                              "@path": "$.productId"
                            },
                            "then": {
                              "@path": "$.productId"
                            },
                            "else": {
                              "@if": {
                                "exists": {
                                  "@path": "$.sku"
                                },
                                "then": {
                                  "@path": "$.sku"
                                },
                                "else": {
                                  "@path": "$.id"
                                }
                              }
                            }
                          }
                        }
                      }
                    },
                    "content_name": {
                      "@path": "$.name"
                    },
                    "content_category": {
                      "@path": "$.category"
                    },
                    "brand": {
                      "@path": "$.brand"
                    },
                    "price": {
                      "@path": "$.price"
                    },
                    "quantity": {
                      "@path": "$.quantity"
                    }
                  }
                ]
              },
              "else": {
                "@if": {
                  "exists": {
                    "@if": {
                      "exists": {
                        "@path": "$.properties.product_id"
                      },
                      "then": {
                        "@path": "$.properties.product_id"
                      },
                      "else": {
                        "@if": {
                          "exists": {
                            "@path": "$.properties.productId"
                          },
                          "then": {
                            "@path": "$.properties.productId"
                          },
                          "else": {
                            "@path": "$.properties.sku"
                          }
                        }
                      }
                    }
                  },
                  "then": [
                    {
                      "content_id": {
                        "@if": {
                          "exists": {
                            "@path": "$.properties.product_id"
                          },
                          "then": {
                            "@path": "$.properties.product_id"
                          },
                          "else": {
                            "@if": {
                              "exists": {
                                "@path": "$.properties.productId"
                              },
                              "then": {
                                "@path": "$.properties.productId"
                              },
                              "else": {
                                "@path": "$.properties.sku"
                              }
                            }
                          }
                        }
                      },
                      "content_name": {
                        "@path": "$.properties.name"
                      },
                      "content_category": {
                        "@path": "$.properties.category"
                      },
                      "brand": {
                        "@path": "$.properties.brand"
                      },
                      "price": {
                        "@path": "$.properties.price"
                      },
                      "quantity": {
                        "@path": "$.properties.quantity"
                      }
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "content_ids": {
        "@path": "$.properties.content_ids"
      },
      "content_type": {
        "@if": {
          "exists": {
            "@path": "$.properties.content_type"
          },
          "then": {
            "@path": "$.properties.content_type"
          },
          "else": {
            "@path": "$.properties.contentType"
          }
        }
      },
      "currency": {
        "@if": {
          "exists": {
            "@path": "$.properties.currency"
          },
          "then": {
            "@path": "$.properties.currency"
          },
          "else": "USD"
        }
      },
      "value": {
        "@if": {
          "exists": {
            "@path": "$.properties.revenue"
          },
          "then": {
            "@path": "$.properties.revenue"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.total"
              },
              "then": {
                "@path": "$.properties.total"
              },
              "else": {
                "@path": "$.properties.value"
              }
            }
          }
        }
      },
      "num_items": {
        "@if": {
          "exists": {
            "@path": "$.properties.num_items"
          },
          "then": {
            "@path": "$.properties.num_items"
          },
          "else": {
            "@path": "$.properties.quantity"
          }
        }
      },
      "order_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.order_id"
          },
          "then": {
            "@path": "$.properties.order_id"
          },
          "else": {
            "@path": "$.properties.orderId"
          }
        }
      },
      "shop_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.shop_id"
          },
          "then": {
            "@path": "$.properties.shop_id"
          },
          "else": {
            "@path": "$.properties.shopId"
          }
        }
      },
      "description": {
        "@path": "$.properties.description"
      },
      "lead_id": {
        "@if": {
          "exists": {
            "@path": "$.properties.lead_id"
          },
          "then": {
            "@path": "$.properties.lead_id"
          },
          "else": {
            "@path": "$.properties.leadId"
          }
        }
      },
      "lead_event_source": {
        "@if": {
          "exists": {
            "@path": "$.properties.lead_event_source"
          },
          "then": {
            "@path": "$.properties.lead_event_source"
          },
          "else": {
            "@path": "$.properties.leadEventSource"
          }
        }
      },
      "custom_properties": {
        "delivery_category": {
          "@path": "$.properties.delivery_category"
        },
        "predicted_ltv": {
          "@path": "$.properties.predicted_ltv"
        }
      },
      "consent_preferences": {
        "@path": "$.context.consent.categoryPreferences"
      },
      "consent_management": {
        "@path": "$.context.consentManagement"
      },
      "gpc": {
        "@path": "$.context.gpc"
      },
      "limited_data_use": {
        "@path": "$.properties.limited_data_use"
      }
    },
    "type": "automatic"
  }
]
